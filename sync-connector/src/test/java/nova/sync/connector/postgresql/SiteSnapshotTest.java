package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SiteSnapshot;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.record.ChangeRecordCodec;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A joining desk gets each record once, at its latest version, and its pulls continue from there (decision 0181). */
class SiteSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aDeskJoiningAfterManyEditsGetsOneRowPerRecordAndThenOnlyWhatComesAfter() throws Exception {
        String site = hub.newSite("join");
        String neighbour = hub.newSite("voisin");
        try (PostgresSyncConnector other = hub.connect(neighbour, "V1")) {
            other.push(Changes.newPatients(neighbour, "V1", 3));
        }
        List<ChangeRecord> latest = new ArrayList<>(Changes.newPatients(site, "P1", 10));
        try (PostgresSyncConnector writer = hub.connect(site, "P1")) {
            assertTrue(writer.push(latest).stream().allMatch(r -> r.status() == nova.sync.connector.PushStatus.APPLIED));
            for (int version = 1; version <= 4; version++) {
                List<ChangeRecord> edits = new ArrayList<>();
                for (int i = 0; i < latest.size(); i++) {
                    edits.add(Changes.edit(latest.get(i), version, "{\"nom\":\"Diarra\",\"edition\":" + version
                            + ",\"n\":" + i + "}"));
                }
                assertTrue(writer.push(edits).stream().allMatch(PushResult::acknowledged));
                latest = edits;
            }
            List<ChangeRecord> deletes = new ArrayList<>();
            for (ChangeRecord removed : latest.subList(8, 10)) {
                deletes.add(ChangeRecord.outgoing("patient", removed.id(), Operation.DELETE, null, 5,
                        UUID.randomUUID(), site, "P1"));
            }
            assertTrue(writer.push(deletes).stream().allMatch(PushResult::acknowledged));
        }

        try (PostgresSyncConnector joining = hub.connect(site, "P2")) {
            SiteSnapshot snapshot = joining.snapshot();
            assertEquals(8, snapshot.changes().size(), "one row per live record, none of the neighbour's");
            for (int i = 0; i < 8; i++) {
                ChangeRecord got = snapshot.changes().get(i);
                ChangeRecord expected = latest.get(i);
                assertEquals(expected.id(), got.id());
                assertEquals(expected.idempotencyKey(), got.idempotencyKey());
                assertEquals(5, got.hubVersion());
                assertEquals(4, got.baseVersion());
                assertEquals(site, got.siteId());
                assertEquals(Operation.UPSERT, got.operation());
                assertEquals(JSON.readTree(expected.payload()), JSON.readTree(got.payload()));
            }
            PullPage nothing = joining.pull(snapshot.cursor(), 100);
            assertEquals(List.of(), nothing.changes(), "the history below the snapshot is not served again");

            ChangeRecord later = Changes.edit(latest.get(0), 5, "{\"nom\":\"Keïta\"}");
            try (PostgresSyncConnector writer = hub.connect(site, "P1")) {
                writer.push(List.of(later));
            }
            PullPage next = joining.pull(nothing.nextCursor(), 100);
            assertEquals(List.of(later.idempotencyKey()), next.changes().stream().map(ChangeRecord::idempotencyKey).toList());
        }
    }

    @Test
    void anEmptySiteGivesNoRowsAndACursorThatStillSeesEverythingLater() {
        String site = hub.newSite("vide");
        try (PostgresSyncConnector joining = hub.connect(site, "P2")) {
            SiteSnapshot snapshot = joining.snapshot();
            assertEquals(List.of(), snapshot.changes());
            List<ChangeRecord> first = Changes.newPatients(site, "P1", 2);
            try (PostgresSyncConnector writer = hub.connect(site, "P1")) {
                writer.push(first);
            }
            assertEquals(2, joining.pull(snapshot.cursor(), 100).changes().size());
        }
    }

    @Test
    void aHubWithoutTheSnapshotFunctionGivesTheWholeHistoryInstead() throws Exception {
        TestHub oldHub = HubTestServer.newHub();
        try (Connection admin = oldHub.admin()) {
            admin.createStatement().execute("DROP FUNCTION nova_hub.site_snapshot()");
        }
        String site = oldHub.newSite("ancien");
        ChangeRecord created = Changes.newPatient(site, "P1", 1);
        ChangeRecord edited = Changes.edit(created, 1, "{\"nom\":\"Sangaré\"}");
        try (PostgresSyncConnector writer = oldHub.connect(site, "P1")) {
            writer.push(List.of(created));
            writer.push(List.of(edited));
        }
        try (PostgresSyncConnector joining = oldHub.connect(site, "P2")) {
            SiteSnapshot snapshot = joining.snapshot();
            assertEquals(List.of(created.idempotencyKey(), edited.idempotencyKey()),
                    snapshot.changes().stream().map(ChangeRecord::idempotencyKey).toList());
            assertEquals(List.of(), joining.pull(snapshot.cursor(), 100).changes());
        }
    }

    /**
     * The snapshot is taken while a transaction that wrote first (lower sequence numbers) is still open and others
     * commit edits after it: the snapshot must show none of them, and the pulls from its cursor all of them,
     * each once, leaving the desk exactly where the hub is.
     */
    @Test
    void aTransactionHeldOpenDuringTheSnapshotIsPulledAfterwardsAndNothingTwice() throws Exception {
        String site = hub.newSite("fence");
        List<ChangeRecord> created = Changes.newPatients(site, "P1", 6);
        try (PostgresSyncConnector writer = hub.connect(site, "P1")) {
            writer.push(created);
        }
        Map<UUID, Long> desk = new HashMap<>();
        Set<UUID> received = new HashSet<>();
        try (Connection slow = hub.asSite(site);
                PostgresSyncConnector fast = hub.connect(site, "fast");
                PostgresSyncConnector joining = hub.connect(site, "P2")) {
            slow.setAutoCommit(false);
            List<ChangeRecord> slowChanges = new ArrayList<>(Changes.newPatients(site, "slow", 2));
            slowChanges.add(Changes.edit(created.get(0), 1, "{\"nom\":\"lent\"}"));
            try (PreparedStatement push = slow.prepareStatement("SELECT count(*) FROM nova_hub.push_changes(?::jsonb)")) {
                push.setString(1, new ChangeRecordCodec().toPushJson(slowChanges));
                push.executeQuery().close();
            }
            List<ChangeRecord> fastEdits = List.of(Changes.edit(created.get(1), 1, "{\"nom\":\"rapide\"}"),
                    Changes.edit(created.get(2), 1, "{\"nom\":\"rapide\"}"));
            assertTrue(fast.push(fastEdits).stream().allMatch(PushResult::acknowledged));

            SiteSnapshot snapshot = joining.snapshot();
            Set<UUID> late = new HashSet<>();
            slowChanges.forEach(c -> late.add(c.idempotencyKey()));
            fastEdits.forEach(c -> late.add(c.idempotencyKey()));
            for (ChangeRecord change : snapshot.changes()) {
                assertFalse(late.contains(change.idempotencyKey()), "a change at or above the fence is in the snapshot");
                apply(desk, received, change);
            }
            assertEquals(6, snapshot.changes().size());

            slow.commit();
            SyncCursor cursor = snapshot.cursor();
            PullPage page;
            do {
                page = joining.pull(cursor, 2);
                page.changes().forEach(change -> apply(desk, received, change));
                cursor = page.nextCursor();
            } while (page.hasMore());
            assertTrue(received.containsAll(late), "a change committed around the snapshot was never pulled");
        }
        assertEquals(hubVersions(site), desk);
    }

    private static void apply(Map<UUID, Long> desk, Set<UUID> received, ChangeRecord change) {
        assertTrue(received.add(change.idempotencyKey()), "received twice: " + change.idempotencyKey());
        desk.merge(change.id(), change.hubVersion(), Math::max);
    }

    private static Map<UUID, Long> hubVersions(String site) throws SQLException {
        Map<UUID, Long> versions = new HashMap<>();
        try (Connection admin = hub.admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT id, version FROM nova_hub.entity_state WHERE site_id = ?")) {
            query.setString(1, site);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        return versions;
    }
}
