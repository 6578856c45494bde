package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Idempotency, optimistic versions and poison items, against a real hub. */
class PushSemanticsTest {

    private static TestHub hub;
    private static String site;

    @BeforeAll
    static void hubWithOneSite() {
        hub = HubTestServer.newHub();
        site = hub.newSite("cscom");
    }

    @AfterEach
    void exactlyOneLedgerRowPerIdempotencyKey() {
        assertEquals(0, hub.adminCount("SELECT count(*) FROM (SELECT idempotency_key FROM nova_hub.change_ledger"
                + " GROUP BY 1 HAVING count(*) > 1) d"));
    }

    @Test
    void replayingABatchYieldsDuplicatesAndNoNewRow() {
        List<ChangeRecord> batch = Changes.newPatients(site, "P1", 50);
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            List<PushResult> first = connector.push(batch);
            assertTrue(first.stream().allMatch(r -> r.status() == PushStatus.APPLIED));
            long rows = ledgerRows();
            List<PushResult> replay = connector.push(batch);
            assertTrue(replay.stream().allMatch(r -> r.status() == PushStatus.DUPLICATE));
            for (int i = 0; i < batch.size(); i++) {
                assertEquals(first.get(i).hubSequence(), replay.get(i).hubSequence());
                assertEquals(first.get(i).hubVersion(), replay.get(i).hubVersion());
                assertEquals(batch.get(i).idempotencyKey(), replay.get(i).idempotencyKey());
            }
            assertEquals(rows, ledgerRows());
        }
    }

    @Test
    void aReorderedReplayMixedWithNewChangesAppliesOnlyTheNewOnes() {
        List<ChangeRecord> old = Changes.newPatients(site, "P1", 30);
        List<ChangeRecord> fresh = Changes.newPatients(site, "P1", 10);
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            connector.push(old);
            long rows = ledgerRows();
            List<ChangeRecord> mixed = new ArrayList<>(old);
            mixed.addAll(fresh);
            Collections.shuffle(mixed, new Random(7));
            List<PushResult> results = connector.push(mixed);
            for (int i = 0; i < mixed.size(); i++) {
                PushStatus expected = fresh.contains(mixed.get(i)) ? PushStatus.APPLIED : PushStatus.DUPLICATE;
                assertEquals(expected, results.get(i).status());
                assertEquals(mixed.get(i).idempotencyKey(), results.get(i).idempotencyKey());
            }
            assertEquals(rows + fresh.size(), ledgerRows());
        }
    }

    @Test
    void aCreateAndItsEditsInOneBatchApplyInOrder() {
        ChangeRecord create = Changes.newPatient(site, "P1", 1);
        ChangeRecord edit1 = Changes.edit(create, 1, "{\"nom\":\"Diarra\",\"village\":\"Kati\"}");
        ChangeRecord edit2 = Changes.edit(create, 2, "{\"nom\":\"Diarra\",\"village\":\"Koulikoro\"}");
        ChangeRecord delete = ChangeRecord.outgoing("patient", create.id(), Operation.DELETE, null, 3,
                UUID.randomUUID(), site, "P1");
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            List<PushResult> results = connector.push(List.of(create, edit1, edit2, delete));
            assertEquals(List.of(1L, 2L, 3L, 4L), results.stream().map(PushResult::hubVersion).toList());
        }
        assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.patient WHERE id = '" + create.id()
                + "' AND deleted AND version = 4 AND payload->>'village' = 'Koulikoro'"));
    }

    @Test
    void twoEditsOnTheSameBaseVersionConflictAndTheConflictCarriesTheHubVersion() {
        ChangeRecord create = Changes.newPatient(site, "P1", 2);
        try (PostgresSyncConnector p1 = hub.connect(site, "P1"); PostgresSyncConnector p2 = hub.connect(site, "P2")) {
            p1.push(List.of(create));
            ChangeRecord fromP1 = Changes.edit(create, 1, "{\"nom\":\"Keïta\"}");
            ChangeRecord fromP2 = Changes.edit(create, 1, "{\"nom\":\"Sangaré\"}");
            assertEquals(PushStatus.APPLIED, p1.push(List.of(fromP1)).getFirst().status());
            PushResult conflict = p2.push(List.of(fromP2)).getFirst();
            assertEquals(PushStatus.CONFLICT, conflict.status());
            assertEquals(2, conflict.hubVersion());
            assertEquals("{\"nom\":\"Keïta\"}", conflict.hubPayload());
            // After merging, the workstation pushes again on the hub's version: accepted.
            ChangeRecord merged = Changes.edit(create, 2, "{\"nom\":\"Keïta\",\"telephone\":\"+22370000000\"}");
            assertEquals(3, p2.push(List.of(merged)).getFirst().hubVersion());
        }
    }

    @Test
    void aPoisonItemIsRejectedAloneAndTheRestOfItsBatchIsApplied() {
        List<ChangeRecord> batch = new ArrayList<>(Changes.newPatients(site, "P1", 8));
        // Valid JSON for Jackson, refused by PostgreSQL's jsonb (NUL character): fails the batch on the hub.
        batch.add(4, ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT,
                "{\"nom\":\"\\u0000\"}", 0, UUID.randomUUID(), site, "P1"));
        batch.add(2, ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, "[1,2]", 0,
                UUID.randomUUID(), site, "P1"));
        batch.add(6, ChangeRecord.outgoing("ordonnance_inconnue", UUID.randomUUID(), Operation.UPSERT, "{}", 0,
                UUID.randomUUID(), site, "P1"));
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            List<PushResult> results = connector.push(batch);
            assertEquals(batch.size(), results.size());
            long rejected = results.stream().filter(r -> r.status() == PushStatus.REJECTED).count();
            long applied = results.stream().filter(r -> r.status() == PushStatus.APPLIED).count();
            assertEquals(3, rejected);
            assertEquals(8, applied);
            results.stream().filter(r -> r.status() == PushStatus.REJECTED)
                    .forEach(r -> assertTrue(r.reason() != null && !r.reason().isBlank()));
            assertNull(results.stream().filter(r -> r.status() == PushStatus.APPLIED).findFirst().orElseThrow().reason());
        }
    }

    @Test
    void theSameBatchPushedConcurrentlyByTwoConnectionsLandsOnce() throws Exception {
        List<ChangeRecord> batch = Changes.newPatients(site, "P1", 200);
        long before = ledgerRows();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<PushResult>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> {
                    try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
                        return connector.push(batch);
                    }
                }));
            }
            int applied = 0;
            for (Future<List<PushResult>> future : futures) {
                for (PushResult result : future.get()) {
                    assertTrue(result.acknowledged(), result.toString());
                    applied += result.status() == PushStatus.APPLIED ? 1 : 0;
                }
            }
            assertEquals(batch.size(), applied, "each change applied exactly once across the four pushes");
        }
        assertEquals(before + batch.size(), ledgerRows());
    }

    @Test
    void aBatchOfDistinctRecordsGetsTheSameVerdictsAsOneByOne() {
        String otherSite = hub.newSite("voisin");
        ChangeRecord ofOtherSite = Changes.newPatient(otherSite, "V1", 1);
        try (PostgresSyncConnector other = hub.connect(otherSite, "V1")) {
            other.push(List.of(ofOtherSite));
        }
        ChangeRecord existing = Changes.newPatient(site, "P1", 3);
        ChangeRecord alreadySent = Changes.newPatient(site, "P1", 4);
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            connector.push(List.of(existing, alreadySent));
            connector.push(List.of(Changes.edit(existing, 1, "{\"nom\":\"premier\"}")));
            ChangeRecord fresh = Changes.newPatient(site, "P1", 5);
            ChangeRecord stale = Changes.edit(existing, 1, "{\"nom\":\"second\"}");
            ChangeRecord foreignId = ChangeRecord.outgoing("patient", ofOtherSite.id(), Operation.UPSERT,
                    "{\"nom\":\"pirate\"}", 0, UUID.randomUUID(), site, "P1");
            ChangeRecord forged = Changes.newPatient(otherSite, "P1", 6);
            ChangeRecord unknownBase = ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, "{}", 4,
                    UUID.randomUUID(), site, "P1");
            List<ChangeRecord> batch = List.of(fresh, stale, alreadySent, foreignId, forged, unknownBase);
            List<PushResult> results = connector.push(batch);
            assertEquals(List.of(PushStatus.APPLIED, PushStatus.CONFLICT, PushStatus.DUPLICATE, PushStatus.REJECTED,
                    PushStatus.REJECTED, PushStatus.REJECTED), results.stream().map(PushResult::status).toList());
            assertEquals(2, results.get(1).hubVersion());
            assertEquals("{\"nom\":\"premier\"}", results.get(1).hubPayload());
            assertEquals("Cet identifiant d'enregistrement appartient à un autre site.", results.get(3).reason());
            assertTrue(results.get(5).reason().contains("version 4"), results.get(5).reason());
            // The batch was redone item by item because of the foreign id: the fresh change still landed once.
            assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE idempotency_key = '"
                    + fresh.idempotencyKey() + "'"));

            List<ChangeRecord> clean = List.of(Changes.newPatient(site, "P1", 7), Changes.edit(existing, 1, "{}"),
                    alreadySent);
            assertEquals(List.of(PushStatus.APPLIED, PushStatus.CONFLICT, PushStatus.DUPLICATE),
                    connector.push(clean).stream().map(PushResult::status).toList());
        }
    }

    @Test
    void anIdempotencyKeyOfAnotherSiteIsRefusedInABatchAndTheRestApplies() {
        String otherSite = hub.newSite("voisin");
        ChangeRecord ofOtherSite = Changes.newPatient(otherSite, "V1", 1);
        try (PostgresSyncConnector other = hub.connect(otherSite, "V1")) {
            other.push(List.of(ofOtherSite));
        }
        ChangeRecord reusedKey = ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, "{}", 0,
                ofOtherSite.idempotencyKey(), site, "P1");
        ChangeRecord fresh = Changes.newPatient(site, "P1", 8);
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            List<PushResult> results = connector.push(List.of(fresh, reusedKey));
            assertEquals(List.of(PushStatus.APPLIED, PushStatus.REJECTED),
                    results.stream().map(PushResult::status).toList());
            assertEquals("Cette clé d'idempotence est déjà utilisée par un autre site.", results.get(1).reason());
        }
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE id = '" + reusedKey.id() + "'"));
        assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE idempotency_key = '"
                + fresh.idempotencyKey() + "'"));
    }

    @Test
    void pulledChangesCarryThePushedContentAndPositions() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String otherSite = hub.newSite("lecture");
        ChangeRecord created = Changes.newPatient(otherSite, "L1", 42);
        ChangeRecord deleted = ChangeRecord.outgoing("patient", created.id(), Operation.DELETE, null, 1,
                UUID.randomUUID(), otherSite, "L2");
        try (PostgresSyncConnector writer = hub.connect(otherSite, "L1")) {
            writer.push(List.of(created, deleted));
        }
        try (PostgresSyncConnector reader = hub.connect(otherSite, "L3")) {
            nova.sync.connector.PullPage page = reader.pull(nova.sync.connector.SyncCursor.START, 1);
            assertTrue(page.hasMore());
            ChangeRecord first = page.changes().getFirst();
            assertEquals(mapper.readTree(created.payload()), mapper.readTree(first.payload()));
            assertEquals(created.idempotencyKey(), first.idempotencyKey());
            assertEquals(created.id(), first.id());
            assertEquals(otherSite, first.siteId());
            assertEquals("L1", first.originWorkstation());
            assertEquals(1, first.hubVersion());
            assertEquals(page.nextCursor(), page.positions().getFirst());
            ChangeRecord second = reader.pull(page.nextCursor(), 10).changes().getFirst();
            assertEquals(Operation.DELETE, second.operation());
            assertNull(second.payload());
            assertEquals(2, second.hubVersion());
            assertEquals(1, second.baseVersion());
            assertEquals("L2", second.originWorkstation());
        }
    }

    private static long ledgerRows() {
        return hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger");
    }
}
