package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncReport;
import nova.sync.store.LocalTransactions;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply that lacks the verdict of one change (a truncated answer): that change counts as not synced and goes
 * again. The hub is real; only its reply is trimmed on the way back.
 */
class MissingVerdictTest {

    @TempDir
    Path temp;

    @Test
    void aChangeMissingFromTheReplyStaysQueuedAndIsSentAgain() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("tronque");
        Path dir = temp.resolve("a");
        Desk.createStore(dir);
        try (Desk a = Desk.openPublished(dir, hub, site, Clock.systemUTC())) {
            UUID first = a.newPatient("UN").id();
            UUID second = a.newPatient("DEUX").id();
            try (SyncConnector real = a.connect(); SyncConnector trimmed = new LastVerdictLost(real)) {
                SyncReport report = a.sync().engine().push(trimmed, true, SyncProgress.NONE, new java.util.HashSet<>());
                assertEquals(1, report.pushed());
                assertEquals(1, report.notAnswered());
            }
            assertEquals(1, a.waiting());
            List<OutboxRow> waiting = new LocalTransactions(a.workstation.database()).inTransaction(tx ->
                    new OutboxRows().withStatus(tx.connection(), OutboxRow.PENDING, 10));
            assertEquals(second, waiting.getFirst().entityId());
            assertTrue(waiting.getFirst().lastError().contains("pas répondu"), waiting.getFirst().lastError());
            assertEquals(1, waiting.getFirst().attempts());

            SyncReport retry = a.synchronise();
            assertEquals(1, retry.pushed(), "sent again; the hub had applied it, so DUPLICATE acknowledges it");
            assertEquals(0, a.waiting());
            assertEquals(2, hub.ledgerRows(site, "patient", "appointment"));
            assertTrue(a.localState("patient").containsKey(first));
            a.assertSameAsHub(hub, "patient");
        }
    }

    /** Passes everything to the real hub connector but drops the last verdict of each reply. */
    private record LastVerdictLost(SyncConnector real) implements SyncConnector {
        @Override
        public List<PushResult> push(List<ChangeRecord> changes) {
            List<PushResult> results = real.push(changes);
            return results.subList(0, results.size() - 1);
        }

        @Override
        public PullPage pull(SyncCursor cursor, int limit) {
            return real.pull(cursor, limit);
        }

        @Override
        public void close() {
        }
    }
}
