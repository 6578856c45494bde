package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.record.ChangeRecordCodec;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sequence order is not commit order: a transaction that takes a low sequence number and commits late must
 * still be pulled (decision 0040).
 */
class CursorFenceTest {

    private static TestHub hub;
    private static String site;

    @BeforeAll
    static void hubWithOneSite() {
        hub = HubTestServer.newHub();
        site = hub.newSite("fence");
    }

    @Test
    void aSlowTransactionHeldOpenWhileOthersCommitIsNotSkipped() throws SQLException {
        Set<UUID> pulled = new HashSet<>();
        try (PostgresSyncConnector puller = hub.connect(site, "puller");
                PostgresSyncConnector writer = hub.connect(site, "fast");
                Connection slow = hub.asSite(site)) {
            SyncCursor cursor = drain(puller, SyncCursor.START, pulled);

            // The slow transaction writes first, so its rows get the LOWER sequence numbers, then stays open.
            slow.setAutoCommit(false);
            List<ChangeRecord> slowChanges = Changes.newPatients(site, "slow", 3);
            try (PreparedStatement push = slow.prepareStatement("SELECT count(*) FROM nova_hub.push_changes(?::jsonb)")) {
                push.setString(1, new ChangeRecordCodec().toPushJson(slowChanges));
                push.executeQuery().close();
            }
            List<ChangeRecord> fastChanges = Changes.newPatients(site, "fast", 5);
            writer.push(fastChanges);

            // A naive "seq > last seen" reader would now see the fast rows and move past the slow rows' seqs.
            long maxFastSeq = hub.adminCount("SELECT max(seq) FROM nova_hub.change_ledger WHERE origin_workstation = 'fast'");
            long minSlowSeq;
            try (PreparedStatement query = slow.prepareStatement(
                    "SELECT min(seq) FROM nova_hub.change_ledger WHERE origin_workstation = 'slow'");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                minSlowSeq = rows.getLong(1);
            }
            assertTrue(minSlowSeq < maxFastSeq, "the scenario needs the late transaction to hold lower sequences");

            // The fence holds back everything from the slow transaction onwards: nothing is served out of order.
            PullPage whileOpen = puller.pull(cursor, 100);
            assertTrue(whileOpen.changes().stream().noneMatch(c -> "slow".equals(c.originWorkstation())));
            whileOpen.changes().forEach(c -> assertTrue(pulled.add(c.idempotencyKey())));
            cursor = whileOpen.nextCursor();

            slow.commit();
            cursor = drain(puller, cursor, pulled);
            for (ChangeRecord change : slowChanges) {
                assertTrue(pulled.contains(change.idempotencyKey()), "slow change skipped");
            }
            for (ChangeRecord change : fastChanges) {
                assertTrue(pulled.contains(change.idempotencyKey()), "fast change skipped");
            }
            assertFalse(puller.pull(cursor, 100).hasMore());
        }
    }

    @Test
    void concurrentWritersWithRandomCommitDelaysAreAllPulledExactlyOnce() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<UUID> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<UUID> pulledInOrder = new ArrayList<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writerId = w;
                futures.add(writers.submit(() -> {
                    Random random = new Random(writerId);
                    try (Connection connection = hub.asSite(site)) {
                        connection.setAutoCommit(false);
                        for (int round = 0; round < 25; round++) {
                            List<ChangeRecord> batch = Changes.newPatients(site, "w" + writerId, 1 + random.nextInt(4));
                            try (PreparedStatement push = connection.prepareStatement(
                                    "SELECT count(*) FROM nova_hub.push_changes(?::jsonb)")) {
                                push.setString(1, new ChangeRecordCodec().toPushJson(batch));
                                push.executeQuery().close();
                            }
                            Thread.sleep(random.nextInt(15)); // commit late, after others took later sequences
                            connection.commit();
                            batch.forEach(change -> written.add(change.idempotencyKey()));
                        }
                    }
                    return null;
                }));
            }
            try (PostgresSyncConnector puller = hub.connect(site, "puller")) {
                SyncCursor cursor = SyncCursor.START;
                Thread finisher = Thread.ofVirtual().start(() -> {
                    for (Future<?> future : futures) {
                        try {
                            future.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    writing.set(false);
                });
                while (writing.get()) {
                    PullPage page = puller.pull(cursor, 7); // small pages: many cursor hops
                    page.changes().forEach(c -> pulledInOrder.add(c.idempotencyKey()));
                    cursor = page.nextCursor();
                }
                finisher.join();
                for (Future<?> future : futures) {
                    future.get();
                }
                Set<UUID> pulled = new HashSet<>(pulledInOrder);
                drain(puller, cursor, pulled);
                pulledInOrder.addAll(pulled.stream().filter(k -> !pulledInOrder.contains(k)).toList());
            }
        }
        assertEquals(pulledInOrder.size(), new HashSet<>(pulledInOrder).size(), "a change was pulled twice");
        assertTrue(new HashSet<>(pulledInOrder).containsAll(written), "a committed change was skipped");
    }

    private static SyncCursor drain(PostgresSyncConnector puller, SyncCursor from, Set<UUID> into) {
        SyncCursor cursor = from;
        PullPage page;
        do {
            page = puller.pull(cursor, 50);
            page.changes().forEach(c -> assertTrue(into.add(c.idempotencyKey()), "pulled twice"));
            assertTrue(page.nextCursor().compareTo(cursor) >= 0, "cursor went backwards");
            cursor = page.nextCursor();
        } while (page.hasMore());
        return cursor;
    }
}
