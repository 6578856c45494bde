package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TcpFaultProxy;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2G savings of the pull (own changes sent back as their sequence number only, a pull announced with
 * willPull run alongside a large push) change the bytes on the wire, never what a pull returns.
 */
class PullWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void ownChangesComeBackWholeForFewBytes() throws Exception {
        String site = hub.newSite("echo");
        try (TcpFaultProxy link = new TcpFaultProxy(hub.port());
                PostgresSyncConnector pusher = hub.connectVia(link.port(), site, "P1");
                PostgresSyncConnector other = hub.connect(site, "P2")) {
            List<ChangeRecord> patients = Changes.newPatients(site, "P1", 40);
            List<PushResult> created = pusher.push(patients);
            other.push(Changes.newPatients(site, "P2", 5));
            ChangeRecord edit = Changes.edit(patients.get(0), created.get(0).hubVersion(), "{\"nom\":\"Diallo\"}");
            ChangeRecord removal = new ChangeRecord("patient", patients.get(1).id(), Operation.DELETE, null,
                    created.get(1).hubVersion(), UUID.randomUUID(), site, null, "P1", 0, 0);
            assertTrue(pusher.push(List.of(edit, removal)).stream().allMatch(PushResult::acknowledged));

            long before = link.bytesFromHub();
            List<ChangeRecord> remembered = pullAll(pusher);
            long elided = link.bytesFromHub() - before;
            try (PostgresSyncConnector fresh = hub.connectVia(link.port(), site, "P1")) {
                fresh.pull(SyncCursor.START, 1); // connection and statement set-up outside the count
                before = link.bytesFromHub();
                List<ChangeRecord> whole = pullAll(fresh);
                long full = link.bytesFromHub() - before;

                assertEquals(47, whole.size());
                assertEquals(whole.size(), remembered.size());
                for (int i = 0; i < whole.size(); i++) {
                    assertSameChange(whole.get(i), remembered.get(i));
                }
                assertTrue(elided * 3 < full, "own changes sent whole: " + elided + " bytes against " + full);
            }
            assertTrue(pusher.pull(SyncCursor.START, 1_000).changes().size() == 47,
                    "served own changes are forgotten and come back whole, not lost");
        }
    }

    @Test
    void pullAnnouncedBeforeALargePushRunsAlongsideAndSkipsNothing() throws Exception {
        String site = hub.newSite("along");
        try (TcpFaultProxy link = new TcpFaultProxy(hub.port());
                PostgresSyncConnector workstation = hub.connectVia(link.port(), site, "P1");
                PostgresSyncConnector other = hub.connect(site, "P2")) {
            other.push(Changes.newPatients(site, "P2", 10));
            workstation.willPull(SyncCursor.START, 500);
            assertTrue(workstation.push(Changes.newPatients(site, "P1", 100)).stream().allMatch(PushResult::acknowledged));
            assertEquals(2, link.acceptedConnections(), "a push of 16 kB takes the announced pull alongside");

            List<ChangeRecord> pulled = new ArrayList<>();
            SyncCursor cursor = SyncCursor.START;
            for (int pulls = 0; pulls < 3; pulls++) {
                PullPage page;
                do {
                    page = workstation.pull(cursor, 500);
                    pulled.addAll(page.changes());
                    cursor = page.nextCursor();
                } while (page.hasMore());
            }
            List<ChangeRecord> reference = pullAll(other);
            assertEquals(110, reference.size());
            assertEquals(keys(reference), keys(pulled), "every change once, in hub order");
        }
    }

    @Test
    void smallPushOrAnotherCursorPullsAsUsual() throws Exception {
        String site = hub.newSite("usual");
        try (TcpFaultProxy link = new TcpFaultProxy(hub.port());
                PostgresSyncConnector workstation = hub.connectVia(link.port(), site, "P1");
                PostgresSyncConnector other = hub.connect(site, "P2")) {
            other.push(Changes.newPatients(site, "P2", 10));
            workstation.willPull(SyncCursor.START, 500);
            workstation.push(Changes.newPatients(site, "P1", 3));
            assertEquals(1, link.acceptedConnections(), "no second session for a small push");
            assertEquals(13, workstation.pull(SyncCursor.START, 500).changes().size());

            workstation.willPull(SyncCursor.START, 500);
            workstation.push(Changes.newPatients(site, "P1", 100));
            PullPage five = workstation.pull(SyncCursor.START, 5);
            assertEquals(5, five.changes().size());
            assertTrue(five.hasMore());
            assertEquals(keys(other.pull(SyncCursor.START, 5).changes()), keys(five.changes()));
        }
    }

    private static List<ChangeRecord> pullAll(PostgresSyncConnector connector) {
        List<ChangeRecord> all = new ArrayList<>();
        SyncCursor cursor = SyncCursor.START;
        PullPage page;
        do {
            page = connector.pull(cursor, 1_000);
            all.addAll(page.changes());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return all;
    }

    private static List<UUID> keys(List<ChangeRecord> changes) {
        List<UUID> keys = changes.stream().map(ChangeRecord::idempotencyKey).toList();
        Set<UUID> distinct = new HashSet<>(keys);
        assertEquals(keys.size(), distinct.size(), "a change pulled twice");
        return keys;
    }

    private static void assertSameChange(ChangeRecord expected, ChangeRecord actual) throws Exception {
        assertEquals(expected.idempotencyKey(), actual.idempotencyKey());
        assertEquals(expected.entity(), actual.entity());
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.operation(), actual.operation());
        assertEquals(expected.baseVersion(), actual.baseVersion());
        assertEquals(expected.hubVersion(), actual.hubVersion());
        assertEquals(expected.hubSequence(), actual.hubSequence());
        assertEquals(expected.siteId(), actual.siteId());
        assertEquals(expected.targetSiteId(), actual.targetSiteId());
        assertEquals(expected.originWorkstation(), actual.originWorkstation());
        if (expected.payload() == null) {
            assertEquals(null, actual.payload());
        } else {
            assertEquals(JSON.readTree(expected.payload()), JSON.readTree(actual.payload()));
        }
        assertFalse(actual.payload() == null && expected.operation() == Operation.UPSERT);
    }
}
