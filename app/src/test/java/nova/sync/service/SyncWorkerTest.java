package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.sync.connector.SyncConnectors;
import nova.sync.domain.SyncState;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No retry storm: while the hub is unreachable, local writes do not trigger attempts; backoff paces them. */
class SyncWorkerTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableHubIsRetriedWithBackoffNotOnEveryLocalWrite() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Workstation workstation = TestStores.login(dir)) {
            SyncSettings settings = workstation.sync().settings();
            settings.configure("jdbc:postgresql://127.0.0.1:" + closedPort + "/hub?connectTimeout=1", "kati-1", null,
                    "mot-de-passe-long".toCharArray(), null, true);
            // The clinic profile and resources the setup queued for the hub.
            long queuedBySetup = workstation.sync().status().pending();
            AtomicInteger attempts = new AtomicInteger();
            SyncWorker worker = new SyncWorker(workstation.sync(), () -> {
                attempts.incrementAndGet();
                return SyncConnectors.open(settings.effectiveUrl(), settings.hubCredentials());
            }, Duration.ofSeconds(30), new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(30), new SplittableRandom(3)));
            try (worker) {
                worker.start();
                awaitAttempts(attempts, 1);
                for (int i = 0; i < 30; i++) {
                    workstation.patients().create(new NewPatient("DIARRA" + i, null, Sex.MALE, 1980, null, null, null,
                            null));
                    worker.wake();
                }
                Thread.sleep(1_200);
                assertEquals(queuedBySetup + 30, workstation.sync().status().pending(),
                        "wake-ups while backing off refresh the count shown in the status bar");
                int afterWrites = attempts.get();
                assertTrue(afterWrites <= 3, "backoff, not one attempt per write: " + afterWrites);
                assertEquals(SyncState.HORS_LIGNE, workstation.sync().status().state());
                assertTrue(workstation.sync().status().lastError().contains("hub"),
                        workstation.sync().status().lastError());

                worker.syncNow();
                awaitAttempts(attempts, afterWrites + 1);
            }
            workstation.sync().refreshCounts();
            assertEquals(queuedBySetup + 30, workstation.sync().status().pending(), "everything still queued");
        }
    }

    private static void awaitAttempts(AtomicInteger attempts, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (attempts.get() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(attempts.get() >= expected, "attempts: " + attempts.get());
    }
}
