package nova.sync.connector.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TcpFaultProxy;
import nova.sync.connector.support.TestHub;
import nova.sync.connector.support.TlsHubServer;

/**
 * Sync benchmark on an embedded PostgreSQL 17 over loopback. Run:
 * {@code mvn -o -q -pl sync-connector test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nova.sync.connector.bench.SyncBenchmark} (add {@code -Dexec.args="throughput 2g workstations"}
 * to run only some parts).
 */
public final class SyncBenchmark {

    private static final int CHANGES = 10_000;
    private static final int ROUNDS = 3;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestHub hub = HubTestServer.newHub();
        System.out.println("NOVA sync benchmark, PostgreSQL 17 embedded, " + Runtime.getRuntime().availableProcessors()
                + " CPU(s), load average at start " + loadAverage());
        List<String> parts = args.length == 0 ? List.of("throughput", "2g", "workstations") : List.of(args);
        if (parts.contains("throughput")) {
            throughput(hub);
        }
        if (parts.contains("2g")) {
            twoG(hub);
        }
        if (parts.contains("2g-tls")) {
            twoGOverTls();
        }
        if (parts.contains("firstcall")) {
            firstCalls(hub);
        }
        if (parts.contains("workstations")) {
            // The simulated workstations' own code (driver, SCRAM, JSON) must be compiled by the JIT before the
            // first measured start, or the first figures measure this JVM warming up (3-5 s of extra CPU on 2 cores).
            manyWorkstations(hub, 60, 3_000, false);
            // Start windows in milliseconds; -Dnova.bench.windows=2000,1000 (say) measures others.
            for (String window : System.getProperty("nova.bench.windows", "10000,5000,1000,0").split(",")) {
                manyWorkstations(hub, 200, Integer.parseInt(window.strip()), true);
            }
        }
        System.out.println("\nload average at end " + loadAverage());
        System.exit(0);
    }

    private static void throughput(TestHub hub) throws SQLException {
        try (Connection admin = hub.admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA bench");
        }
        warmUp(hub);
        List<Double> baselineRates = new ArrayList<>();
        List<Double> pushRates = new ArrayList<>();
        List<Double> pullRates = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String site = hub.newSite("bench");
            List<ChangeRecord> changes = Changes.newPatients(site, "P1", CHANGES);
            baselineRates.add(plainBatchInsert(hub, changes, "plain_" + round));
            long start = System.nanoTime();
            try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
                List<PushResult> results = connector.push(changes);
                if (!results.stream().allMatch(PushResult::acknowledged)) {
                    throw new IllegalStateException("push not acknowledged");
                }
            }
            pushRates.add(rate(CHANGES, start));
            start = System.nanoTime();
            int pulled = 0;
            try (PostgresSyncConnector connector = hub.connect(site, "P2")) {
                SyncCursor cursor = SyncCursor.START;
                PullPage page;
                do {
                    page = connector.pull(cursor, 2_000);
                    pulled += page.changes().size();
                    cursor = page.nextCursor();
                } while (page.hasMore());
            }
            if (pulled != CHANGES) {
                throw new IllegalStateException("pulled " + pulled);
            }
            pullRates.add(rate(CHANGES, start));
        }
        double baseline = median(baselineRates);
        double push = median(pushRates);
        double pull = median(pullRates);
        System.out.printf(Locale.ROOT, "%n10,000 changes over loopback (median of %d rounds)%n", ROUNDS);
        System.out.printf(Locale.ROOT, "  plain JDBC batch insert : %8.0f rows/s   (rounds %s)%n", baseline, rounded(baselineRates));
        System.out.printf(Locale.ROOT, "  push                    : %8.0f changes/s (rounds %s)  ratio %.2f  target >= 5000/s, >= 0.5%n",
                push, rounded(pushRates), push / baseline);
        System.out.printf(Locale.ROOT, "  pull                    : %8.0f changes/s (rounds %s)  ratio %.2f  target >= 10000/s, >= 0.5%n",
                pull, rounded(pullRates), pull / baseline);
    }

    private static void warmUp(TestHub hub) throws SQLException {
        String site = hub.newSite("warmup");
        List<ChangeRecord> changes = Changes.newPatients(site, "P1", 3_000);
        plainBatchInsert(hub, changes, "warmup");
        try (PostgresSyncConnector connector = hub.connect(site, "P1")) {
            connector.push(changes);
            connector.pull(SyncCursor.START, 3_000);
        }
    }

    /** The same rows into a table shaped like the ledger (same columns, defaults and indexes), in 500-row transactions. */
    private static double plainBatchInsert(TestHub hub, List<ChangeRecord> changes, String table) throws SQLException {
        PlainInsert.createTable(hub, table);
        long start = System.nanoTime();
        try (Connection connection = hub.admin()) {
            PlainInsert.insert(connection, table, changes);
        }
        return rate(changes.size(), start);
    }

    /**
     * What a workstation on 2G does: one synchronisation = push its pending changes, then pull pages until the
     * hub has nothing more, on one connector (one session), as {@code SyncEngine.synchronise} does. Each round
     * has 100 changes of another workstation waiting for the site and 100 pending here; like the engine, the
     * benchmark announces its pull before pushing ({@code willPull}). The first sync of a
     * connector opens its connection (cold); the second reuses it (warm), as the workstation's sync worker
     * does between its syncs.
     */
    private static void twoG(TestHub hub) throws Exception {
        String site = hub.newSite("2g");
        twoG("plain (the test hub refuses pgjdbc's SSLRequest)", new TwoGHub(hub.port(),
                workstation -> hub.connect(site, workstation),
                (port, workstation) -> new PostgresSyncConnector(hub.jdbcUrl(port) + "?socketTimeout=20&connectTimeout=10",
                        hub.credentials(site, workstation), wire()), site));
    }

    /**
     * The same over a TLS-only hub, as a real one: certificate and host name verified, and the TLS handshake
     * started at once ({@code sslNegotiation=direct}, PostgreSQL 17) instead of after an {@code SSLRequest}.
     */
    private static void twoGOverTls() throws Exception {
        // -Dnova.bench.hubAuth=password: site logins with the password inside TLS instead of SCRAM (decision 0220).
        try (TlsHubServer tls = new TlsHubServer(System.getProperty("nova.bench.hubAuth", "scram-sha-256"))) {
            String site = tls.newSite("2g");
            String trust = "?sslmode=verify-full&sslrootcert=" + tls.authorityCertificate();
            twoG("TLS 1.3, sslNegotiation=direct", new TwoGHub(tls.port(),
                    workstation -> new PostgresSyncConnector(tls.url("localhost") + trust, tls.credentials(site, workstation)),
                    (port, workstation) -> new PostgresSyncConnector("jdbc:postgresql://localhost:" + port + "/"
                            + tls.database() + trust + "&sslNegotiation=direct&socketTimeout=20&connectTimeout=10",
                            tls.credentials(site, workstation), wire()), site));
        }
    }

    /** The wire of the measured connectors: the link's choice unless {@code -Dnova.bench.wire} names one. */
    private static nova.sync.connector.postgresql.HubWire wire() {
        return nova.sync.connector.postgresql.HubWire.valueOf(System.getProperty("nova.bench.wire", "AUTO"));
    }

    /** A hub for the 2G benchmark: its port, connectors straight to it and through a link, the site used. */
    private record TwoGHub(int port, java.util.function.Function<String, PostgresSyncConnector> direct,
                           java.util.function.BiFunction<Integer, String, PostgresSyncConnector> via, String site) {
    }

    private static void twoG(String label, TwoGHub hub) throws Exception {
        String site = hub.site();
        // Workstation ids as the application makes them (SyncSettings.workstationId: a UUID): they travel in
        // every pulled row, so a two-letter id would flatter the link.
        String mine = java.util.UUID.randomUUID().toString();
        String theirs = java.util.UUID.randomUUID().toString();
        List<SyncTiming> cold = new ArrayList<>();
        List<SyncTiming> warm = new ArrayList<>();
        try (TcpFaultProxy link = new TcpFaultProxy(hub.port());
                PostgresSyncConnector other = hub.direct().apply(theirs)) {
            link.oneWayDelay(300).bandwidth(50_000 / 8);
            SyncCursor[] cursor = {SyncCursor.START};
            long seed = 1;
            for (int round = 0; round < ROUNDS; round++) {
                try (PostgresSyncConnector workstation = hub.via().apply(link.port(), mine)) {
                    for (List<SyncTiming> kind : List.of(cold, warm)) {
                        other.push(Changes.appPatients(site, theirs, 100, seed++));
                        if (round == 0 && Boolean.getBoolean("nova.bench.trace")) {
                            System.out.println(kind == cold ? "cold sync, protocol messages:" : "warm sync:");
                            link.traceTo(System.out);
                        }
                        kind.add(syncOnce(workstation, Changes.appPatients(site, mine, 100, seed++), cursor, link));
                    }
                    // The hub's notification of its own push wakes the worker, which pulls the echoes: the
                    // next session does not start with them (untimed).
                    PullPage page;
                    do {
                        page = workstation.pull(cursor[0], 500);
                        cursor[0] = page.nextCursor();
                    } while (page.hasMore());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n100 records over a simulated 2G link (50 kbit/s each way, 600 ms round trip,"
                + " TCP handshake and headers counted), %s, median of %d rounds%n", label, ROUNDS);
        System.out.printf(Locale.ROOT, "  one sync = push 100 pending + pull until done, one session; 100 changes of another"
                + " workstation waiting%n");
        report("cold (opens the connection)", cold);
        report("warm (connection already open)", warm);
    }

    private record SyncTiming(double seconds, double pushSeconds, double pullSeconds, int pulled, long bytesUp,
                              long bytesDown) {
    }

    private static SyncTiming syncOnce(PostgresSyncConnector workstation, List<ChangeRecord> pending,
                                       SyncCursor[] cursor, TcpFaultProxy link) {
        long up = link.bytesToHub();
        long down = link.bytesFromHub();
        long start = System.nanoTime();
        workstation.willPull(cursor[0], 500);
        link.mark("sync started " + seconds(start));
        List<PushResult> results = workstation.push(pending);
        double push = seconds(start);
        link.mark("push returned");
        long pullStart = System.nanoTime();
        int pulled = 0;
        PullPage page;
        do {
            page = workstation.pull(cursor[0], 500);
            link.mark("page of " + page.changes().size());
            pulled += page.changes().size();
            cursor[0] = page.nextCursor();
        } while (page.hasMore());
        double pull = seconds(pullStart);
        double total = seconds(start);
        link.mark("pull returned, sync took " + total);
        if (!results.stream().allMatch(PushResult::acknowledged) || pulled < 100) {
            throw new IllegalStateException("2G sync incomplete: pulled " + pulled);
        }
        return new SyncTiming(total, push, pull, pulled, link.bytesToHub() - up, link.bytesFromHub() - down);
    }

    private static void report(String label, List<SyncTiming> timings) {
        System.out.printf(Locale.ROOT, "  %-31s: %.2f s (rounds %s)  target <= 5 s%n", label,
                median(timings.stream().map(SyncTiming::seconds).toList()),
                timings.stream().map(t -> String.format(Locale.ROOT, "%.2f", t.seconds())).toList());
        System.out.printf(Locale.ROOT, "  %31s  push call %.2f s, pull calls %.2f s, %.0f rows pulled, %.1f kB up, %.1f kB down%n", "",
                median(timings.stream().map(SyncTiming::pushSeconds).toList()),
                median(timings.stream().map(SyncTiming::pullSeconds).toList()),
                median(timings.stream().map(t -> (double) t.pulled()).toList()),
                median(timings.stream().map(t -> t.bytesUp() / 1000.0).toList()),
                median(timings.stream().map(t -> t.bytesDown() / 1000.0).toList()));
    }

    /**
     * Where a session's first push goes, on an otherwise idle hub: fresh sessions one after the other, each
     * timing its connection (SCRAM included), its first push of 5 changes, a second push and a pull.
     */
    private static void firstCalls(TestHub hub) throws Exception {
        String site = hub.newSite("first");
        int sessions = 30;
        List<Double> connect = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        List<Double> pull = new ArrayList<>();
        double hubCpuBefore = HubCpu.millis();
        for (int i = 0; i < sessions; i++) {
            long start = System.nanoTime();
            try (Connection plain = java.sql.DriverManager.getConnection(hub.jdbcUrl() + "?assumeMinServerVersion=15",
                    nova.sync.connector.hub.HubInstaller.roleNameOf(site), "mot-de-passe-de-test")) {
                connect.add(seconds(start) * 1000);
            }
            try (PostgresSyncConnector connector = hub.connect(site, "F" + i)) {
                start = System.nanoTime();
                connector.push(Changes.newPatients(site, "F" + i, 5));
                first.add(seconds(start) * 1000);
                start = System.nanoTime();
                connector.push(Changes.newPatients(site, "F" + i, 5));
                second.add(seconds(start) * 1000);
                start = System.nanoTime();
                connector.pull(SyncCursor.START, 10);
                pull.add(seconds(start) * 1000);
            }
        }
        // Backends that just ended are counted once their parent has reaped them.
        Thread.sleep(300);
        double hubCpuPerSession = (HubCpu.millis() - hubCpuBefore) / sessions;
        System.out.printf(Locale.ROOT, "%n%d fresh sessions one after the other (median ms): connect %.1f, first push (connects too) %.1f,"
                + " second push %.1f, first pull %.1f%n", sessions, median(connect), median(first), median(second), median(pull));
        System.out.printf(Locale.ROOT, "  hub CPU per session (two connections, two pushes, one pull): %.1f ms%n", hubCpuPerSession);
    }

    /**
     * Many workstations on one hub, each with its own session: it opens it with its first push (connection,
     * SCRAM and the first call of the hub function in that session: the costly one), then pushes 5 changes and
     * pulls about once a second. {@code startWindowMillis} spreads the sessions' starts: 10 s is a morning start,
     * or a hub back after an outage long enough for the workstations' backoff to spread them over minutes; 5 s is
     * the narrowest spread the workstations give (a hub back after a blip: each one's first retry is drawn between
     * 1 and 6 s after its failure, {@code nova.sync.service.Backoff}, decision 0219, and the change hint reconnects
     * after 2.5-7.5 s); 1 s (the backoff's spread before 0219) and 0, all 200 in the same instant, which no
     * workstation does, are stress figures. All pushes, the first ones, and the steady ones are reported
     * apart, with the CPU the openings cost the hub and the simulated workstations (on the same cores here).
     */
    private static void manyWorkstations(TestHub hub, int workstations, int startWindowMillis, boolean report)
            throws Exception {
        int sites = 20;
        List<String> siteIds = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            siteIds.add(hub.newSite("multi" + i));
        }
        int rounds = 10;
        // A busy workstation: a save and a poll about once a second.
        int minThinkMillis = Integer.getInteger("nova.bench.thinkMin", 500);
        int maxThinkMillis = Integer.getInteger("nova.bench.thinkMax", 1500);
        ConcurrentLinkedQueue<Long> firstPushNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> pushNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> pullNanos = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        double[] openings = new double[3];
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch opened = new CountDownLatch(workstations);
        nova.sync.connector.postgresql.HubWire wire = wire();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workstations; w++) {
            String site = siteIds.get(w % sites);
            String workstation = "W" + w;
            threads.add(Thread.ofPlatform().start(() -> {
                boolean[] firstReturned = {false};
                try {
                    go.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    if (startWindowMillis > 0) {
                        Thread.sleep(random.nextInt(startWindowMillis));
                    }
                    try (PostgresSyncConnector connector = hub.connect(site, workstation, wire)) {
                        SyncCursor cursor = SyncCursor.START;
                        for (int round = 0; round <= rounds; round++) {
                            if (round > 0) {
                                Thread.sleep(random.nextInt(minThinkMillis, maxThinkMillis));
                            }
                            List<ChangeRecord> batch = Changes.newPatients(site, workstation, 5);
                            long start = System.nanoTime();
                            List<PushResult> results = connector.push(batch);
                            (round == 0 ? firstPushNanos : pushNanos).add(System.nanoTime() - start);
                            if (round == 0) {
                                firstReturned[0] = true;
                                opened.countDown();
                            }
                            if (!results.stream().allMatch(PushResult::acknowledged)) {
                                errors.incrementAndGet();
                            }
                            start = System.nanoTime();
                            PullPage page;
                            do {
                                page = connector.pull(cursor, 500);
                                for (ChangeRecord change : page.changes()) {
                                    if (!site.equals(change.siteId())) {
                                        errors.incrementAndGet();
                                    }
                                }
                                cursor = page.nextCursor();
                            } while (page.hasMore());
                            if (round > 0) {
                                pullNanos.add(System.nanoTime() - start);
                            }
                        }
                    }
                } catch (Exception e) {
                    if (!firstReturned[0]) {
                        opened.countDown();
                    }
                    errors.incrementAndGet();
                    System.err.println(workstation + ": " + e);
                }
            }));
        }
        long start = System.nanoTime();
        double hubCpuBefore = HubCpu.millis();
        double clientCpuBefore = HubCpu.clientMillis();
        go.countDown();
        // What the sessions' openings cost, read when the last first push returns (a session that failed before
        // it counts as opened: the errors line says so).
        Thread.ofPlatform().daemon().start(() -> {
            try {
                opened.await();
            } catch (InterruptedException e) {
                return;
            }
            openings[0] = seconds(start);
            openings[1] = HubCpu.millis() - hubCpuBefore;
            openings[2] = HubCpu.clientMillis() - clientCpuBefore;
        });
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = seconds(start);
        if (!report) {
            return;
        }
        long[] first = sorted(firstPushNanos);
        long[] steady = sorted(pushNanos);
        List<Long> everyPush = new ArrayList<>(firstPushNanos);
        everyPush.addAll(pushNanos);
        long[] all = sorted(everyPush);
        long[] pull = sorted(pullNanos);
        System.out.printf(Locale.ROOT, "%n%d workstations (%d sites), sessions starting over %d ms, then wait %d-%d ms, push 5 changes,"
                        + " pull; %d rounds after the first push, %.1f s%n",
                workstations, sites, startWindowMillis, minThinkMillis, maxThinkMillis, rounds, seconds);
        System.out.printf(Locale.ROOT, "  offered load: %.0f pushes/s (%.0f changes/s) and %.0f pulls/s on one hub%n",
                all.length / seconds, 5 * all.length / seconds, pull.length / seconds);
        printLatency("all pushes", all, "  target p95 < 200 ms");
        printLatency("first push of a session (connects)", first, "");
        System.out.printf(Locale.ROOT, "  %-36s %.2f s after the start; meanwhile hub CPU %.0f ms (%.1f ms per session),"
                        + " workstations' CPU %.0f ms%n", "last first push returned", openings[0], openings[1],
                openings[1] / workstations, openings[2]);
        printLatency("steady pushes", steady, "");
        printLatency("pulls (steady)", pull, "");
        System.out.printf(Locale.ROOT, "  errors: %d  target 0%n", errors.get());
    }

    private static void printLatency(String label, long[] sortedNanos, String target) {
        System.out.printf(Locale.ROOT, "  %-36s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms (%d)%s%n", label,
                percentile(sortedNanos, 50), percentile(sortedNanos, 95), percentile(sortedNanos, 99), sortedNanos.length,
                target);
    }

    private static long[] sorted(java.util.Collection<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Other work on the machine skews every figure: print it with them. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double percentile(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static double rate(int count, long startNanos) {
        return count / seconds(startNanos);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String rounded(List<Double> values) {
        return Arrays.toString(values.stream().mapToLong(Math::round).toArray());
    }
}
