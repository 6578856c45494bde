package nova.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import nova.app.Workstation;
import nova.clinic.service.JoinRequest;
import nova.clinic.service.JoinResult;
import nova.clinic.service.JoinSiteService;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncReport;
import nova.sync.service.SyncProgress;
import nova.sync.service.SyncService;
import nova.sync.service.SyncSettings;
import nova.testing.TestStores;

/**
 * The workstation side of sync on an embedded PostgreSQL 17 over loopback, with real encrypted stores: how fast
 * one desk pushes its outbox (read the queue, push, record every verdict locally) and how fast another desk
 * pulls and applies the same changes (rows, shadow copies and cursor in the local transaction of each page), and
 * how long a third desk takes to join the site from the hub (new store, the site's whole ledger pulled).
 * Run: {@code mvn -o -q -pl app -am test-compile && mvn -o -q -pl app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nova.bench.WorkstationSyncBenchmark [-Dexec.args=5000]}.
 */
public final class WorkstationSyncBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("bench");
        Path dirA = Files.createTempDirectory("nova-bench-sync-a");
        Path dirB = Files.createTempDirectory("nova-bench-sync-b");
        Files.delete(dirA);
        Files.delete(dirB);
        TestStores.create(dirA, "cscom-mali", false);
        TestStores.copy(dirA, dirB);
        try (Workstation a = TestStores.login(dirA); Workstation b = TestStores.login(dirB)) {
            configure(a, hub, site);
            configure(b, hub, site);
            b.sync().settings().renewWorkstationId();
            long writeStart = System.nanoTime();
            for (int i = 0; i < count; i++) {
                a.patients().create(new NewPatient("PATIENT" + i, "Awa", Sex.FEMALE, 1990, null,
                        String.format("76%06d", i), "Kati", null));
            }
            double writeSeconds = seconds(writeStart);

            SyncReport pushed;
            long pushStart = System.nanoTime();
            try (SyncConnector connector = connect(a.sync())) {
                pushed = a.sync().synchronise(connector);
            }
            double pushSeconds = seconds(pushStart);

            SyncReport pulled;
            long pullStart = System.nanoTime();
            try (SyncConnector connector = connect(b.sync())) {
                pulled = b.sync().synchronise(connector);
            }
            double pullSeconds = seconds(pullStart);

            Path dirC = Files.createTempDirectory("nova-bench-sync-c");
            Files.delete(dirC);
            long joinStart = System.nanoTime();
            JoinResult joined = new JoinSiteService(java.time.Clock.systemUTC(), TestStores.keyWrapping()).join(dirC,
                    new JoinRequest(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(), true,
                            TestStores.ADMIN, TestStores.PASSWORD.toCharArray()), SyncProgress.NONE);
            double joinSeconds = seconds(joinStart);

            System.out.printf("local writes (patient + outbox entry, one transaction each): %d in %.2f s = %.0f/s%n",
                    count, writeSeconds, count / writeSeconds);
            System.out.printf("full sync of the writing desk (push, verdicts recorded, own echoes pulled):"
                    + " %d in %.2f s = %.0f changes/s%n", pushed.pushed(), pushSeconds, pushed.pushed() / pushSeconds);
            System.out.printf("pull and apply into the encrypted store: %d in %.2f s = %.0f changes/s%n",
                    pulled.applied(), pullSeconds, pulled.applied() / pullSeconds);
            System.out.printf("a new desk joins from the hub (store created, the site's ledger pulled and applied):"
                    + " %d records in %.2f s = %.0f records/s%n", joined.recordsReceived(), joinSeconds,
                    joined.recordsReceived() / joinSeconds);
        }
        System.exit(0);
    }

    private static void configure(Workstation workstation, TestHub hub, String site) {
        workstation.sync().settings().configure(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(),
                null, true);
    }

    private static SyncConnector connect(SyncService sync) {
        SyncSettings settings = sync.settings();
        return SyncConnectors.open(settings.effectiveUrl(), settings.hubCredentials());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
