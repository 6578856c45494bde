package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nova.app.Workstation;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncCursor;
import nova.sync.domain.SyncReport;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defence in depth: even if a hub served another site's row (its row-level security forbids it, so no real hub
 * can be made to), the workstation does not apply it. A scripted connector plays that broken hub.
 */
class ForeignRowTest {

    @TempDir
    Path dir;

    @Test
    void aRowOfAnotherSiteIsNeverAppliedEvenWhenServed() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation workstation = TestStores.login(dir)) {
            workstation.sync().settings().configure("jdbc:postgresql://127.0.0.1:5432/nova", "alger-1", null,
                    "mot-de-passe-long".toCharArray(), null, true);
            UUID ours = UUID.randomUUID();
            UUID theirs = UUID.randomUUID();
            String payload = "{\"last_name\":\"X\",\"sex\":\"UNKNOWN\",\"deleted\":false,"
                    + "\"updated_at\":\"2026-11-21T10:00:00Z\",\"site_id\":\"" + workstation.clinic().siteId() + "\"}";
            List<ChangeRecord> served = List.of(
                    new ChangeRecord("patient", theirs, Operation.UPSERT, payload, 0, UUID.randomUUID(), "bamako-9",
                            null, "w", 1, 1),
                    new ChangeRecord("patient", ours, Operation.UPSERT, payload, 0, UUID.randomUUID(), "alger-1",
                            null, "w", 2, 1));
            SyncReport report = workstation.sync().engine().pull(new ScriptedHub(served), SyncProgress.NONE,
                    new HashSet<>());
            assertEquals(1, report.applied());
            assertEquals(1, report.ignored());
            List<UUID> ids = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select id from PatientEntity", UUID.class).getResultList());
            assertTrue(ids.contains(ours));
            assertFalse(ids.contains(theirs));
            assertEquals(new SyncCursor(7, 0), workstation.sync().engine().cursor());
        }
    }

    /** Serves one fixed page, then nothing. */
    private static final class ScriptedHub implements SyncConnector {
        private final List<ChangeRecord> page;

        ScriptedHub(List<ChangeRecord> page) {
            this.page = page;
        }

        @Override
        public List<PushResult> push(List<ChangeRecord> changes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PullPage pull(SyncCursor cursor, int limit) {
            if (cursor.equals(SyncCursor.START)) {
                return new PullPage(page, page.stream().map(c -> new SyncCursor(5, c.hubSequence())).toList(),
                        new SyncCursor(7, 0), false);
            }
            return new PullPage(List.of(), List.of(), cursor, false);
        }

        @Override
        public void close() {
        }
    }
}
