package nova.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.TcpFaultProxy;
import nova.sync.connector.support.TestHub;
import nova.sync.connector.support.TlsHubServer;
import nova.sync.domain.SyncReport;
import nova.testing.TestStores;

/**
 * The 2G target measured end to end, as a desk lives it: two desks of a Malian CSCOM with real encrypted stores;
 * desk B (on the district's LAN) has sent 100 new patients to the hub; desk A, behind a simulated 2G link (50 kbit/s
 * each way, 600 ms round trip), has registered 100 of its own; A's sync engine pushes its outbox, records the
 * verdicts, pulls and applies B's patients with the cursor, through the hub URL and settings the application uses
 * (a TLS-only PostgreSQL 17 hub, certificate and host name verified, {@code sslNegotiation=direct}). Cold: the
 * sync opens the hub session; warm: the next sync reuses it, as the sync worker does. Medians of 3 rounds.
 * Run: {@code mvn -q -pl app test -DskipTests -Pbench -Dbench.main=nova.bench.TwoGSyncBenchmark}
 * ({@code -Dnova.bench.hubAuth=password}: the hub's site logins with the password inside TLS, decision 0220).
 */
public final class TwoGSyncBenchmark {

    private static final int ROUNDS = 3;
    private static final int RECORDS = 100;
    private static final String[] LAST = {"TRAORÉ", "DIARRA", "COULIBALY", "KEÏTA", "SANGARÉ", "DEMBÉLÉ", "KONATÉ",
        "TOURÉ", "SISSOKO", "CAMARA", "DIALLO", "KANTÉ", "DOUMBIA", "SIDIBÉ", "SAMAKÉ", "MAÏGA", "CISSÉ"};
    private static final String[] FIRST = {"Awa", "Mariam", "Fatoumata", "Aminata", "Moussa", "Oumar", "Seydou",
        "Kadiatou", "Bakary", "Adama", "Hawa", "Salif", "Issa", "Djénéba", "Boubacar", "Rokia", "Assétou"};
    private static final String[] VILLAGES = {"Kati", "Kalaban Coro", "Siby", "Ouéléssébougou", "Sanankoroba", "Dio",
        "Baguinéda", "Néguéla"};

    private TwoGSyncBenchmark() {
    }

    /** One sync: until the desk shows it succeeded (records both ways), and the whole call (site directory too). */
    private record Timing(double seconds, double callSeconds, long pushed, long applied, long bytesUp, long bytesDown) {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(11);
        List<Timing> cold = new ArrayList<>();
        List<Timing> warm = new ArrayList<>();
        // -Dnova.bench.hubAuth=password: the hub asks for the password inside TLS instead of SCRAM (decision 0220).
        try (TlsHubServer hub = new TlsHubServer(System.getProperty("nova.bench.hubAuth", "scram-sha-256"));
                TcpFaultProxy link = new TcpFaultProxy(hub.port())) {
            link.oneWayDelay(300).bandwidth(50_000 / 8);
            String site = hub.newSite("cscom");
            String trust = "?sslrootcert=" + hub.authorityCertificate() + "&sslNegotiation=direct";
            String direct = hub.url("localhost") + trust;
            String over2g = "jdbc:postgresql://localhost:" + link.port() + "/" + hub.database() + trust;
            Path dirA = Files.createTempDirectory("nova-bench-2g-a");
            Path dirB = Files.createTempDirectory("nova-bench-2g-b");
            Files.delete(dirA);
            Files.delete(dirB);
            TestStores.create(dirA, "cscom-mali", false);
            TestStores.copy(dirA, dirB);
            try (Workstation a = TestStores.login(dirA); Workstation b = TestStores.login(dirB)) {
                a.sync().settings().configure(over2g, site, null, TestHub.SITE_PASSWORD.toCharArray(), null, false);
                b.sync().settings().configure(direct, site, null, TestHub.SITE_PASSWORD.toCharArray(), null, false);
                b.sync().settings().renewWorkstationId();
                // The clinic's reference data (practitioners, chairs, care types…) goes up first, untimed.
                syncDirect(a, direct);
                syncDirect(b, direct);
                syncDirect(a, direct);
                watchSuccesses(a);
                for (int round = 0; round < ROUNDS; round++) {
                    try (SyncConnector session = SyncConnectors.open(a.sync().settings().effectiveUrl(),
                            a.sync().settings().hubCredentials())) {
                        for (List<Timing> kind : List.of(cold, warm)) {
                            register(b, random);
                            syncDirect(b, direct);
                            register(a, random);
                            kind.add(timed(a, session, link));
                            // The hub's hint for A's own push wakes A's sync worker, which pulls the echoes (a few
                            // bytes each in the same session): the next sync does not start with them (untimed).
                            a.sync().synchronise(session);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n%d new patients on each of two desks, desk A behind a simulated 2G link (50 kbit/s"
                + " each way, 600 ms round trip), TLS-only hub, the application's sync engine, median of %d rounds%n",
                RECORDS, ROUNDS);
        System.out.printf(Locale.ROOT, "  time until the desk shows the sync succeeded (records pushed, pulled and applied)%n");
        report("cold (the sync opens the session)", cold);
        report("warm (session already open)", warm);
        System.exit(0);
    }

    private static void register(Workstation desk, Random random) {
        for (int i = 0; i < RECORDS; i++) {
            int year = 1950 + random.nextInt(72);
            desk.patients().create(new NewPatient(LAST[random.nextInt(LAST.length)], FIRST[random.nextInt(FIRST.length)],
                    random.nextBoolean() ? Sex.FEMALE : Sex.MALE, year,
                    random.nextInt(3) == 0 ? null : java.time.LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    (random.nextBoolean() ? "7" : "6") + String.format("%07d", random.nextInt(10_000_000)),
                    VILLAGES[random.nextInt(VILLAGES.length)], null));
        }
    }

    private static void syncDirect(Workstation desk, String url) {
        try (SyncConnector connector = SyncConnectors.open(url, desk.sync().settings().hubCredentials())) {
            desk.sync().synchronise(connector);
        }
    }

    /** When the desk's status last showed a new success (System.nanoTime), 0 before any. */
    private static final AtomicLong SUCCESS_SHOWN = new AtomicLong();

    /** Records when the status shows a success it did not show before, as the status bar would change. */
    private static void watchSuccesses(Workstation desk) {
        Instant[] shown = {desk.sync().status().lastSuccess()};
        desk.sync().addStatusListener(status -> {
            if (status.lastSuccess() != null && !status.lastSuccess().equals(shown[0])) {
                shown[0] = status.lastSuccess();
                SUCCESS_SHOWN.set(System.nanoTime());
            }
        });
    }

    private static Timing timed(Workstation desk, SyncConnector session, TcpFaultProxy link) {
        long up = link.bytesToHub();
        long down = link.bytesFromHub();
        long start = System.nanoTime();
        SyncReport report = desk.sync().synchronise(session);
        long end = System.nanoTime();
        long shown = SUCCESS_SHOWN.get();
        if (report.pushed() < RECORDS || report.applied() < RECORDS || shown < start) {
            throw new IllegalStateException("2G sync incomplete: " + report);
        }
        return new Timing((shown - start) / 1e9, (end - start) / 1e9, report.pushed(), report.applied(),
                link.bytesToHub() - up, link.bytesFromHub() - down);
    }

    private static void report(String label, List<Timing> timings) {
        System.out.printf(Locale.ROOT, "  %-34s: %.2f s (rounds %s)  target <= 5 s%n", label,
                median(timings.stream().map(Timing::seconds).toList()),
                timings.stream().map(t -> String.format(Locale.ROOT, "%.2f", t.seconds())).toList());
        System.out.printf(Locale.ROOT, "  %34s  whole call %.2f s (the site directory read after), pushed %.0f, applied %.0f,"
                + " %.1f kB up, %.1f kB down%n", "", median(timings.stream().map(Timing::callSeconds).toList()),
                median(timings.stream().map(t -> (double) t.pushed()).toList()),
                median(timings.stream().map(t -> (double) t.applied()).toList()),
                median(timings.stream().map(t -> t.bytesUp() / 1000.0).toList()),
                median(timings.stream().map(t -> t.bytesDown() / 1000.0).toList()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
