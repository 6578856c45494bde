package nova.sync.connector.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by the embedded hub: every {@code postgres} process of this machine, with the time of the
 * backends that already ended (counted in their parent's "children" fields). Linux only, and only meaningful when
 * the benchmark's hub is the only PostgreSQL running, as here.
 */
final class HubCpu {

    /** Clock ticks per second of /proc/PID/stat (USER_HZ; 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    private HubCpu() {
    }

    static double millis() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                if (process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    ticks += ticksOf(process);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** utime + stime + cutime + cstime of one postgres process; 0 for others and for processes gone meanwhile. */
    private static long ticksOf(Path process) {
        String stat;
        try {
            stat = Files.readString(process.resolve("stat"));
        } catch (IOException e) {
            return 0;
        }
        int nameEnd = stat.lastIndexOf(')');
        if (!stat.substring(stat.indexOf('(') + 1, nameEnd).startsWith("postgres")) {
            return 0;
        }
        // Fields after the name, from the state (field 3): utime is field 14, so index 11 here.
        String[] fields = stat.substring(nameEnd + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    /** The benchmark's own CPU time (its simulated workstations), in milliseconds. */
    static double clientMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }
}
