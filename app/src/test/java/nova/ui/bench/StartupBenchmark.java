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
 *   <li>login submitted to agenda painted, in ms, with the demo data: the demo user is logged in automatically
 *   once the background warm-up of the login screen is over, as when a person types the password;</li>
 *   <li>the week view with 300 appointments laid out and painted ({@link WeekViewBenchmark}, in process).</li>
 * </ol>
 * Uses the real display when {@code DISPLAY} is set (e.g. Xvfb), JavaFX's headless platform otherwise. Runs the
 * packaged {@code app/target/nova-app.jar} when it exists (what users start), else {@code nova.Main} on the class
 * path this harness was started with. Run from the repository root (see docs/ui.md):
 * {@code mvn -q -pl app -am test -DskipTests -Pbench -Dbench.main=nova.ui.bench.StartupBenchmark [-Dexec.args=RUNS]}
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
            jar = Path.of("target/nova-app.jar");
        }
        List<String> launch = Files.isRegularFile(jar) ? List.of("-jar", jar.toString())
                : List.of("-cp", currentClassPath(), "nova.Main");
        System.out.println("Starting: " + (launch.getFirst().equals("-jar") ? jar : "nova.Main on the class path"));
        Path dataDir = Files.createTempDirectory("nova-bench-ui");
        String display = System.getenv("DISPLAY");
        System.out.println("Display: " + (display == null || display.isBlank() ? "JavaFX headless platform" : display)
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + runs + " runs each");

        // The demo store is created once (a training-style run that waits for the store before leaving).
        List<String> training = new ArrayList<>(List.of("-Dnova.exitAfterFirstFrame=true"));
        List<String> cache = List.of();
        if (Boolean.getBoolean("nova.bench.aot")) {
            // What the installer does: a training run records an AOT cache (JDK 25), later runs use it.
            Path aot = dataDir.resolveSibling(dataDir.getFileName() + ".aot");
            training.add("-XX:AOTCacheOutput=" + aot);
            cache = List.of("-XX:AOTCache=" + aot);
            System.out.println("With an AOT cache from a training run: " + aot);
        }
        runApp(launch, dataDir, training, true, FIRST_FRAME);

        long[] firstFrame = new long[runs];
        long[] agenda = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> frameRun = new ArrayList<>(cache);
            frameRun.add("-Dnova.exitAfterFirstFrame=true");
            firstFrame[i] = runApp(launch, dataDir, frameRun, true, FIRST_FRAME);
            List<String> agendaRun = new ArrayList<>(cache);
            agendaRun.addAll(List.of("-Dnova.bench.markers=true", "-Dnova.bench.autoLogin=true",
                    "-Dnova.bench.exitAfterAgenda=true"));
            agenda[i] = runApp(launch, dataDir, agendaRun, true, AGENDA_PAINTED);
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
    /** The class path of this harness (Maven's exec:java runs it in a URL class loader, not on java.class.path). */
    private static String currentClassPath() {
        ClassLoader loader = StartupBenchmark.class.getClassLoader();
        if (loader instanceof java.net.URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static long runApp(List<String> launch, Path dataDir, List<String> properties, boolean demo,
                               String marker)
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
        command.addAll(launch);
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
