package nova.ui.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up figures of the workstation, each run in a fresh JVM on the built jar (not a timed test):
 * <ol>
 *   <li>first frame of the login screen, in ms since JVM start, on an existing demo store;</li>
 *   <li>login submitted to agenda painted, in ms, with the demo data (automatic login as the demo user);</li>
 *   <li>the week view with 300 appointments laid out and painted ({@link WeekViewBenchmark}, in process).</li>
 * </ol>
 * Uses the real display when {@code DISPLAY} is set (e.g. Xvfb), JavaFX's headless platform otherwise.
 * Run from the repository root:
 * {@code mvn -q -DskipTests package && java -cp "app/target/test-classes:app/target/nova-app.jar:app/target/lib/*"
 * nova.ui.bench.StartupBenchmark [runs]}
 */
public final class StartupBenchmark {

    private static final String FIRST_FRAME = "NOVA_FIRST_FRAME_MS=";
    private static final String AGENDA_PAINTED = "NOVA_AGENDA_PAINTED_MS=";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path jar = Path.of("app/target/nova-app.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first: mvn -q -DskipTests package (no " + jar.toAbsolutePath() + ")");
        }
        Path dataDir = Files.createTempDirectory("nova-bench-ui");
        String display = System.getenv("DISPLAY");
        System.out.println("Display: " + (display == null || display.isBlank() ? "JavaFX headless platform" : display)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + runs + " runs each");

        // The demo store is created once (a training-style run that waits for the store before leaving).
        runApp(jar, dataDir, List.of("-Dnova.exitAfterFirstFrame=true"), true, FIRST_FRAME);

        long[] firstFrame = new long[runs];
        long[] agenda = new long[runs];
        for (int i = 0; i < runs; i++) {
            firstFrame[i] = runApp(jar, dataDir, List.of("-Dnova.exitAfterFirstFrame=true"), true, FIRST_FRAME);
            agenda[i] = runApp(jar, dataDir, List.of("-Dnova.bench.markers=true", "-Dnova.bench.autoLogin=true",
                    "-Dnova.bench.exitAfterAgenda=true"), true, AGENDA_PAINTED);
        }
        report("First frame of the login screen (ms since JVM start)", firstFrame);
        report("Login to painted agenda, demo data (ms)", agenda);
        WeekViewBenchmark.main(new String[0]);
    }

    private static void report(String name, long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-56s median=%5d  min=%5d  max=%5d  all=%s%n", name,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], Arrays.toString(values));
    }

    /** Starts the jar, waits for the marker line, returns its value; the app exits by itself after it. */
    private static long runApp(Path jar, Path dataDir, List<String> properties, boolean demo, String marker)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            command.add("-Dglass.platform=Headless");
            command.add("-Dprism.order=sw");
        }
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--data-dir");
        command.add(dataDir.toString());
        if (demo) {
            command.add("--demo");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null"))).start();
        long value = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith(marker)) {
                    value = Long.parseLong(line.substring(marker.length()).trim());
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (value < 0) {
            throw new IllegalStateException("No " + marker + " line; the application said:\n" + output);
        }
        return value;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
