package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packed wire (decision 0185, hub V6) and its compressed form (decision 0217, hub V11) change the bytes, never
 * what is stored or pulled: every entity kind, nulls, Arabic and accented text, escapes, nested lists as in
 * consultations and exact numbers go through push_packed and pull_packed (and their sealed wrappers) unchanged, and a
 * packed batch the hub cannot read is refused whole with a reason.
 */
class PackedWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = HubTestServer.newHub();
    }

    @ParameterizedTest
    @EnumSource(value = HubWire.class, names = {"PACKED", "SEALED"})
    void everyKindRoundTripsThroughThePackedForms(HubWire wire) throws Exception {
        String site = hub.newSite("packed");
        String other = hub.newSite("packed-other");
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("patient", "{\"nom\":\"Benali\",\"prenom\":\"عائشة\",\"ville\":\"Médéa\",\"telephone\":null,"
                + "\"allergies\":[],\"ملاحظة\":\"نعم — déjà vu\"}");
        payloads.put("appointment", "{\"debut\":\"2026-11-22T09:00\",\"duree\":30,\"confirme\":true,\"motif\":null}");
        payloads.put("consultation", "{\"actes\":[{\"code\":\"D01\",\"dents\":[11,12],\"prix\":1500.50},"
                + "{\"code\":\"SC2\",\"dents\":[],\"prix\":null}],\"notes\":\"Carie profonde \\\"à revoir\\\"\\nligne 2\\t\\\\\","
                + "\"ordonnance\":[[\"Amoxicilline\",\"1 g\",3],null],\"montant\":12345678901234567890,\"taux\":0.1}");
        payloads.put("clinic", "{}");
        payloads.put("practitioner", "{\"nom\":\"Dr Ould-Kaci\",\"actif\":false,\"ordre\":3,\"emoji\":\"😀\"}");
        payloads.put("chair", "{\"nom\":\"Fauteuil 1\",\"couleur\":\"#aabbcc\"}");
        payloads.put("care_type", "{\"libelle\":\"Détartrage\",\"duree\":45,\"tarif\":-2500.75,\"remise\":1.10}");
        payloads.put("closing_period", "{\"du\":\"2026-12-24\",\"au\":\"2027-01-02\",\"motif\":\"Fêtes\"}");
        payloads.put("blockout", "{\"fauteuil\":null,\"debut\":\"08:00\",\"fin\":\"09:00\"}");
        payloads.put("waitlist_entry", "{\"patient\":\"x\",\"preferences\":{\"jours\":[\"dimanche\",\"jeudi\"],\"matin\":true}}");
        List<ChangeRecord> first = new ArrayList<>();
        for (Map.Entry<String, String> kind : payloads.entrySet()) {
            first.add(change(kind.getKey(), UUID.randomUUID(), Operation.UPSERT, kind.getValue(), 0, site));
        }
        // Two of the same kind and key set share a shape; a referral is addressed and travels as an object.
        first.add(change("patient", UUID.randomUUID(), Operation.UPSERT, payloads.get("patient").replace("Benali", "Haddad"), 0, site));
        first.add(change("referral", UUID.randomUUID(), Operation.UPSERT, "{\"vers\":\"Kati\",\"motif\":\"Échographie\"}", 0, site)
                .addressedTo(other));

        try (PostgresSyncConnector writer = hub.connect(site, "P1", wire);
                PostgresSyncConnector reader = hub.connect(site, "P2", wire)) {
            List<PushResult> created = writer.push(first);
            assertTrue(created.stream().allMatch(r -> r.status() == PushStatus.APPLIED), created.toString());
            ChangeRecord patient = first.getFirst();
            ChangeRecord appointment = first.get(1);
            List<ChangeRecord> second = List.of(
                    // Another key set for the same kind, an edit on a known version, a delete.
                    change("patient", patient.id(), Operation.UPSERT, "{\"nom\":\"Benali\",\"prenom\":\"Aïcha\"}",
                            created.getFirst().hubVersion(), site),
                    change("appointment", appointment.id(), Operation.DELETE, null, created.get(1).hubVersion(), site),
                    // Stale: a conflict verdict between applied ones breaks the run of sequence numbers.
                    change("chair", first.get(5).id(), Operation.UPSERT, "{\"nom\":\"F2\"}", 7, site),
                    change("blockout", UUID.randomUUID(), Operation.UPSERT, "{\"debut\":\"10:00\"}", 0, site),
                    change("radiographie", UUID.randomUUID(), Operation.UPSERT, "{\"dent\":11}", 0, site));
            List<PushResult> edited = writer.push(second);
            assertEquals(List.of(PushStatus.APPLIED, PushStatus.APPLIED, PushStatus.CONFLICT, PushStatus.APPLIED,
                            PushStatus.REJECTED), edited.stream().map(PushResult::status).toList());
            assertTrue(edited.get(4).reason().contains("radiographie"), edited.get(4).reason());
            assertEquals(2, edited.getFirst().hubVersion());
            assertEquals(created.get(5).hubVersion(), edited.get(2).hubVersion());
            assertEquals(JSON.readTree(payloads.get("chair")), JSON.readTree(edited.get(2).hubPayload()));

            List<ChangeRecord> sent = new ArrayList<>(first);
            sent.addAll(List.of(second.get(0), second.get(1), second.get(3)));
            List<PushResult> verdicts = new ArrayList<>(created);
            verdicts.addAll(List.of(edited.get(0), edited.get(1), edited.get(3)));
            List<ChangeRecord> pulled = reader.pull(SyncCursor.START, 1_000).changes();
            assertEquals(sent.size(), pulled.size());
            for (int i = 0; i < sent.size(); i++) {
                ChangeRecord expected = sent.get(i);
                ChangeRecord actual = pulled.get(i);
                assertEquals(expected.idempotencyKey(), actual.idempotencyKey());
                assertEquals(expected.entity(), actual.entity());
                assertEquals(expected.id(), actual.id());
                assertEquals(expected.operation(), actual.operation());
                assertEquals(expected.targetSiteId(), actual.targetSiteId());
                assertEquals(site, actual.siteId());
                assertEquals("P1", actual.originWorkstation());
                assertEquals(verdicts.get(i).hubVersion(), actual.hubVersion());
                assertEquals(verdicts.get(i).hubSequence(), actual.hubSequence());
                if (expected.payload() == null) {
                    assertEquals(null, actual.payload());
                } else {
                    assertEquals(JSON.readTree(expected.payload()), JSON.readTree(actual.payload()), expected.entity());
                    assertEquals(JSON.readTree(expected.payload()), JSON.readTree(stored(expected)), expected.entity());
                }
            }
            assertTrue(pulled.stream().anyMatch(c -> c.payload() != null && c.payload().contains("12345678901234567890")),
                    "large integers keep every digit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[]",
            "{\"s\":[]}",
            "{\"s\":{},\"r\":[]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[[\"k\",\"i\",0,1,\"x\"]]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[[\"k\",\"i\",0,-1,\"x\"]]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[[\"k\",\"i\",0,0]]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[[\"k\",\"i\",0,0,\"a\",\"b\"]]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[[1,\"i\",0,0,\"a\"]]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[[\"k\",\"i\",\"0\",0,\"a\"]]}",
            "{\"s\":[[\"patient\",\"nom\"]],\"r\":[42]}",
            "{\"s\":[[\"patient\",1]],\"r\":[]}",
            "{\"s\":[[\"patient\",\"nom\",\"nom\"]],\"r\":[]}",
            "{\"s\":[[]],\"r\":[]}",
            "{\"d\":[],\"s\":[],\"r\":[]}"})
    void unreadableBatchesAreRefusedWholeWithAReason(String garbage) throws Exception {
        String site = hub.newSite("garbage");
        try (Connection connection = hub.asSite(site);
                PreparedStatement statement = connection.prepareStatement("SELECT nova_hub.push_packed(?::jsonb)")) {
            statement.setString(1, garbage);
            SQLException refused = assertThrows(SQLException.class, statement::executeQuery);
            assertEquals("22023", refused.getSQLState(), refused.getMessage());
            assertTrue(refused.getMessage().contains("Lot de modifications illisible"), refused.getMessage());
        }
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE site_id = '" + site + "'"));
    }

    @Test
    void aPayloadWithARepeatedKeyTravelsAsAnObjectAndKeepsTheLastValue() throws Exception {
        String site = hub.newSite("dupkey");
        try (PostgresSyncConnector writer = hub.connect(site, "P1", HubWire.PACKED);
                PostgresSyncConnector reader = hub.connect(site, "P2", HubWire.PACKED)) {
            ChangeRecord change = change("patient", UUID.randomUUID(), Operation.UPSERT, "{\"nom\":\"A\",\"nom\":\"B\"}", 0, site);
            assertEquals(PushStatus.APPLIED, writer.push(List.of(change)).getFirst().status());
            PullPage page = reader.pull(SyncCursor.START, 10);
            assertEquals(JSON.readTree("{\"nom\":\"B\"}"), JSON.readTree(page.changes().getFirst().payload()));
        }
    }

    private static String stored(ChangeRecord change) throws SQLException {
        try (Connection admin = hub.admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT payload::text FROM nova_hub.change_ledger WHERE idempotency_key = ?")) {
            query.setObject(1, change.idempotencyKey());
            try (var row = query.executeQuery()) {
                assertTrue(row.next());
                String payload = row.getString(1);
                assertNotNull(payload);
                return payload;
            }
        }
    }

    private static ChangeRecord change(String entity, UUID id, Operation operation, String payload, long base, String site) {
        return ChangeRecord.outgoing(entity, id, operation, payload, base, UUID.randomUUID(), site, "P1");
    }
}
