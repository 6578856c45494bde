package nova.sync.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A connector without a snapshot of its own gives a joining desk the whole history, page after page. */
class SnapshotFallbackTest {

    @Test
    void theDefaultSnapshotIsEveryPulledChangeAndTheLastCursor() {
        List<ChangeRecord> history = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            history.add(new ChangeRecord("patient", UUID.randomUUID(), Operation.UPSERT, "{}", 0, UUID.randomUUID(),
                    "site-a", null, "P1", i + 1, 1));
        }
        List<SyncCursor> asked = new ArrayList<>();
        SyncConnector pullOnly = new SyncConnector() {
            @Override
            public List<PushResult> push(List<ChangeRecord> changes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PullPage pull(SyncCursor cursor, int limit) {
                asked.add(cursor);
                int from = (int) cursor.sequence();
                int to = Math.min(history.size(), from + limit);
                List<SyncCursor> positions = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    positions.add(new SyncCursor(1, i + 1));
                }
                return new PullPage(history.subList(from, to), positions, new SyncCursor(1, to), to < history.size());
            }

            @Override
            public void close() {
            }
        };
        SiteSnapshot snapshot = pullOnly.snapshot();
        assertEquals(history, snapshot.changes());
        assertEquals(new SyncCursor(1, 1_234), snapshot.cursor());
        assertEquals(SyncCursor.START, asked.getFirst());
        assertEquals(3, asked.size());
    }
}
