package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.SyncException;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TcpFaultProxy;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real hub behind a proxy that fails on command. After each test: no acknowledged write lost, exactly one
 * ledger row per idempotency key, and no row of the other site ever pulled.
 */
class FaultInjectionTest {

    private static TestHub hub;
    private static String site;
    private static String otherSite;
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private TcpFaultProxy proxy;

    @BeforeAll
    static void hubWithTwoSites() {
        hub = HubTestServer.newHub();
        site = hub.newSite("kita");
        otherSite = hub.newSite("kayes");
        try (PostgresSyncConnector other = hub.connect(otherSite, "K1")) {
            other.push(Changes.newPatients(otherSite, "K1", 40));
        }
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = new TcpFaultProxy(hub.port());
    }

    @AfterEach
    void checkInvariants() {
        proxy.close();
        assertEquals(0, hub.adminCount("SELECT count(*) FROM (SELECT idempotency_key FROM nova_hub.change_ledger"
                + " GROUP BY 1 HAVING count(*) > 1) d"), "a key with more than one ledger row");
        Set<UUID> pulled = new HashSet<>();
        try (PostgresSyncConnector connector = hub.connect(site, "checker")) {
            SyncCursor cursor = SyncCursor.START;
            PullPage page;
            do {
                page = connector.pull(cursor, 1000);
                for (ChangeRecord change : page.changes()) {
                    assertEquals(site, change.siteId(), "row of another site pulled");
                    pulled.add(change.idempotencyKey());
                }
                cursor = page.nextCursor();
            } while (page.hasMore());
        }
        assertTrue(pulled.containsAll(acknowledged), "an acknowledged write is missing from the hub");
    }

    @Test
    void replyLostAfterTheHubCommittedThenRetryYieldsDuplicateNotASecondRow() throws Exception {
        List<ChangeRecord> batch = Changes.newPatients(site, "P1", 20);
        try (PostgresSyncConnector connector = hub.connectVia(proxy.port(), site, "P1")) {
            connector.pull(SyncCursor.START, 1); // connection established before the fault is armed
            proxy.dropNextReply();
            SyncException lost = assertThrows(SyncException.class, () -> connector.push(batch));
            assertTrue(lost.retryable());
            assertEquals(1, proxy.droppedReplies());
            awaitLedgerRows(batch, batch.size()); // the hub did commit: only the reply was lost

            List<PushResult> retry = connector.push(batch);
            assertTrue(retry.stream().allMatch(r -> r.status() == PushStatus.DUPLICATE), retry.toString());
            record(retry);
        }
        assertEquals(batch.size(), countLedgerRows(batch));
    }

    @Test
    void connectionCutInTheMiddleOfAPullLosesNothing() {
        List<ChangeRecord> written = Changes.newPatients(site, "P2", 300);
        try (PostgresSyncConnector writer = hub.connect(site, "P2")) {
            record(writer.push(written));
        }
        Set<UUID> pulled = new HashSet<>();
        try (PostgresSyncConnector puller = hub.connectVia(proxy.port(), site, "reader")) {
            PullPage first = puller.pull(SyncCursor.START, 1);
            first.changes().forEach(c -> pulled.add(c.idempotencyKey()));
            SyncCursor cursor = first.nextCursor();
            proxy.cutReplyAfter(4_000);
            SyncCursor before = cursor;
            assertThrows(SyncException.class, () -> puller.pull(before, 1000));
            assertEquals(1, proxy.cutReplies());
            PullPage page;
            do {
                page = puller.pull(cursor, 1000);
                page.changes().forEach(c -> assertTrue(pulled.add(c.idempotencyKey()), "pulled twice"));
                cursor = page.nextCursor();
            } while (page.hasMore());
        }
        for (ChangeRecord change : written) {
            assertTrue(pulled.contains(change.idempotencyKey()));
        }
    }

    @Test
    void oneSecondOfLatencyEachWaySlowsButDoesNotBreakASync() {
        List<ChangeRecord> batch = Changes.newPatients(site, "P3", 10);
        try (PostgresSyncConnector connector = hub.connectVia(proxy.port(), site, "P3")) {
            connector.pull(SyncCursor.START, 1);
            proxy.oneWayDelay(1_000);
            long start = System.nanoTime();
            List<PushResult> results = connector.push(batch);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(results.stream().allMatch(r -> r.status() == PushStatus.APPLIED));
            assertTrue(millis >= 2_000, "the proxy did not delay: " + millis + " ms");
            record(results);
        }
    }

    @Test
    void fiveKilobytesPerSecondStillDeliversABatch() {
        List<ChangeRecord> batch = Changes.newPatients(site, "P4", 25);
        try (PostgresSyncConnector connector = hub.connectVia(proxy.port(), site, "P4")) {
            connector.pull(SyncCursor.START, 1);
            proxy.bandwidth(5_000);
            long start = System.nanoTime();
            List<PushResult> results = connector.push(batch);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(results.stream().allMatch(r -> r.status() == PushStatus.APPLIED));
            assertTrue(millis >= 600, "the proxy did not throttle: " + millis + " ms");
            record(results);
        }
    }

    @Test
    void repeatedResetsWhileARetryingWorkstationPushesLoseAndDuplicateNothing() throws Exception {
        List<List<ChangeRecord>> batches = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            batches.add(Changes.newPatients(site, "P5", 10));
        }
        Thread resetter = Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < 12; i++) {
                    Thread.sleep(120);
                    proxy.resetAll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int failures = 0;
        try (PostgresSyncConnector connector = hub.connectVia(proxy.port(), site, "P5")) {
            for (List<ChangeRecord> batch : batches) {
                while (true) {
                    try {
                        List<PushResult> results = connector.push(batch);
                        assertTrue(results.stream().allMatch(PushResult::acknowledged));
                        record(results);
                        break;
                    } catch (SyncException e) {
                        assertTrue(e.retryable());
                        failures++;
                        Thread.sleep(20);
                    }
                }
                Thread.sleep(30);
            }
        }
        resetter.join();
        assertTrue(failures > 0, "the resets never hit a push");
        for (List<ChangeRecord> batch : batches) {
            assertEquals(batch.size(), countLedgerRows(batch));
        }
    }

    private void record(List<PushResult> results) {
        results.stream().filter(PushResult::acknowledged).forEach(r -> acknowledged.add(r.idempotencyKey()));
    }

    private static long countLedgerRows(List<ChangeRecord> batch) {
        StringBuilder keys = new StringBuilder();
        for (ChangeRecord change : batch) {
            keys.append(keys.isEmpty() ? "" : ",").append('\'').append(change.idempotencyKey()).append('\'');
        }
        return hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE idempotency_key IN (" + keys + ")");
    }

    private static void awaitLedgerRows(List<ChangeRecord> batch, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (countLedgerRows(batch) != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(expected, countLedgerRows(batch), "the hub did not commit the batch");
    }
}
