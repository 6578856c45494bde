package nova.sync.connector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.postgresql.HubWire;
import nova.sync.connector.postgresql.WirePush;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;

/**
 * Hub CPU per pushed change, against the plain JDBC batch insert of {@link SyncBenchmark} (same rows, a table
 * shaped like the ledger). Wall-clock ratios swing with other work on a shared machine (a loaded machine slows
 * the plain insert more); the CPU time of the server process that ran the statements, read from
 * {@code /proc/<pid>/schedstat} (Linux, embedded server on this machine), does much less. Run:
 * {@code mvn -o -q -pl sync-connector test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nova.sync.connector.bench.PushCpuBenchmark} with optional {@code -Dnova.bench.batch=5}
 * (changes per push call, default 500), {@code -Dnova.bench.rounds=5} and {@code -Dnova.bench.variant=FILE}: SQL
 * run as the admin after the hub is installed, to measure a design before writing its migration.
 */
public final class PushCpuBenchmark {

    private static final int CHANGES = 10_000;

    private PushCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestHub hub = HubTestServer.newHub();
        try (Connection admin = hub.admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA bench");
            String variant = System.getProperty("nova.bench.variant");
            if (variant != null) {
                statement.execute(Files.readString(Path.of(variant)));
            }
        }
        int batch = Integer.getInteger("nova.bench.batch", 500);
        int rounds = Integer.getInteger("nova.bench.rounds", 5);
        pushMicros(hub, 3_000, batch, HubWire.ITEMS);
        pushMicros(hub, 3_000, batch, HubWire.PACKED);
        plainMicros(hub, Changes.newPatients("warmup", "P1", 3_000), "warmup");
        List<Double> push = new ArrayList<>();
        List<Double> packed = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            push.add(pushMicros(hub, CHANGES, batch, HubWire.ITEMS));
            packed.add(pushMicros(hub, CHANGES, batch, HubWire.PACKED));
            plain.add(plainMicros(hub, Changes.newPatients("plain", "P1", CHANGES), "plain_" + round));
        }
        push.sort(null);
        packed.sort(null);
        plain.sort(null);
        double pushMedian = push.get(rounds / 2);
        double packedMedian = packed.get(rounds / 2);
        double plainMedian = plain.get(rounds / 2);
        System.out.printf(Locale.ROOT, "%nHub CPU per change, %d changes per round, push calls of %d, median of %d rounds%n",
                CHANGES, batch, rounds);
        System.out.printf(Locale.ROOT, "  push, items (LAN wire)  : %6.2f us (rounds %s)%n", pushMedian, rounded(push));
        System.out.printf(Locale.ROOT, "  push, packed (2G wire)  : %6.2f us (rounds %s)%n", packedMedian, rounded(packed));
        System.out.printf(Locale.ROOT, "  plain JDBC batch insert : %6.2f us (rounds %s)%n", plainMedian, rounded(plain));
        System.out.printf(Locale.ROOT, "  CPU ratio plain/packed  : %6.2f%n", plainMedian / packedMedian);
        System.out.printf(Locale.ROOT, "  CPU ratio plain/items   : %6.2f   load average %s%n", plainMedian / pushMedian,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        System.exit(0);
    }

    /** A new site and session; its first call is untimed (the session's planning is not a per-change cost). */
    private static double pushMicros(TestHub hub, int count, int batch, HubWire wire) throws Exception {
        String site = hub.newSite("cpu");
        List<ChangeRecord> changes = Changes.newPatients(site, "P1", count + 1);
        WirePush sender = new WirePush(site, "P1", wire);
        try (Connection connection = hub.asSite(site)) {
            push(connection, sender, changes.subList(count, count + 1));
            long pid = backendPid(connection);
            long before = cpuNanos(pid);
            for (int from = 0; from < count; from += batch) {
                push(connection, sender, changes.subList(from, Math.min(count, from + batch)));
            }
            return (cpuNanos(pid) - before) / 1e3 / count;
        }
    }

    /** The connector's own encoding and hub call for the chosen wire, as a workstation sends it. */
    private static void push(Connection connection, WirePush wire, List<ChangeRecord> batch) throws SQLException {
        long applied = wire.applied(connection, batch);
        if (applied != batch.size()) {
            throw new IllegalStateException("push not applied: " + applied + " of " + batch.size());
        }
    }

    /** The plain insert of {@link SyncBenchmark} ({@link PlainInsert}), timed by its server process's CPU. */
    private static double plainMicros(TestHub hub, List<ChangeRecord> changes, String table) throws Exception {
        PlainInsert.createTable(hub, table);
        try (Connection connection = hub.admin()) {
            long pid = backendPid(connection);
            long before = cpuNanos(pid);
            PlainInsert.insert(connection, table, changes);
            return (cpuNanos(pid) - before) / 1e3 / changes.size();
        }
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Nanoseconds the process has run on a CPU (first field of schedstat). */
    private static long cpuNanos(long pid) throws IOException {
        return Long.parseLong(Files.readString(Path.of("/proc/" + pid + "/schedstat")).split(" ")[0]);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }
}
