package nova.ui.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.ui.agenda.AgendaColumn;
import nova.ui.agenda.AgendaHours;
import nova.ui.agenda.WeekAgendaView;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.NovaTheme;

/**
 * The week view with 300 appointments: one batch {@code setContent}, then CSS, layout and a paint of the whole
 * control into an image ({@code snapshot}), timed together. A fresh set of 300 appointments each run, so nothing
 * is reused from the previous one. Run: see {@link StartupBenchmark}, or alone with this class as main.
 */
public final class WeekViewBenchmark {

    private static final int APPOINTMENTS = 300;

    private WeekViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<long[][]> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(measure(5, 25));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        long[][] nanos = result.get();
        print("Week view, " + APPOINTMENTS + " appointments, layout+paint, wall (ms)", nanos[0]);
        // CPU time the whole process spent: what the work costs, whatever else the machine is doing.
        print("Week view, " + APPOINTMENTS + " appointments, layout+paint, CPU (ms)", nanos[1]);
        Platform.exit();
    }

    private static void print(String name, long[] nanos) {
        long first = nanos[0];
        long[] measured = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "%-64s median=%6.1f  p95=%6.1f  first(cold)=%6.1f%n", name,
                measured[measured.length / 2] / 1e6, measured[(int) Math.ceil(measured.length * 0.95) - 1] / 1e6,
                first / 1e6);
    }

    /**
     * Wall times [0] and process CPU times [1]; index 0 of each is the very first (cold) run, then the measured runs
     * after the warm-up ones.
     */
    private static long[][] measure(int warmup, int runs) {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        NovaTheme.installUserAgentStylesheet();
        WeekAgendaView view = new WeekAgendaView();
        InMemoryDesk desk = new InMemoryDesk();
        view.setZone(InMemoryDesk.ALGIERS);
        view.setHours(AgendaHours.of(desk.clinic().profile()));
        StackPane root = new StackPane(view);
        Scene scene = NovaTheme.apply(new Scene(root, 1300, 800));
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        LocalDate sunday = LocalDate.of(2026, 11, 22);
        List<AgendaColumn> columns = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            LocalDate day = sunday.plusDays(d);
            columns.add(new AgendaColumn(day, day, day.toString()));
        }
        long[] times = new long[runs + 1];
        long[] cpu = new long[runs + 1];
        for (int i = 0; i < warmup + runs + 1; i++) {
            List<AppointmentView> items = week(desk, sunday, new Random(i));
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            view.setContent(columns, items);
            root.applyCss();
            root.layout();
            long laidOut = System.nanoTime();
            scene.snapshot(null);
            long elapsed = System.nanoTime() - start;
            long cpuUsed = os.getProcessCpuTime() - cpuStart;
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.printf("run %d: css+layout %.1f ms, paint %.1f ms%n", i, (laidOut - start) / 1e6,
                        (System.nanoTime() - laidOut) / 1e6);
            }
            if (i == 0) {
                times[0] = elapsed;
                cpu[0] = cpuUsed;
            } else if (i > warmup) {
                times[i - warmup] = elapsed;
                cpu[i - warmup] = cpuUsed;
            }
        }
        stage.close();
        return new long[][] {times, cpu};
    }

    /** 60 appointments a day over 5 days: three chairs in parallel, so blocks share columns side by side. */
    static List<AppointmentView> week(InMemoryDesk desk, LocalDate sunday, Random random) {
        List<AppointmentView> items = new ArrayList<>();
        AppointmentStatus[] statuses = AppointmentStatus.values();
        var patients = desk.patientList();
        for (int d = 0; d < 5; d++) {
            for (int slot = 0; slot < 60; slot++) {
                int chair = slot % 3;
                int minute = 8 * 60 + (slot / 3) * 25;
                ZonedDateTime start = ZonedDateTime.of(sunday.plusDays(d), LocalTime.of(minute / 60, minute % 60),
                        InMemoryDesk.ALGIERS);
                items.add(InMemoryDesk.appointment(desk.clinic(), patients.get(random.nextInt(patients.size())),
                        random.nextInt(5), chair, chair % 2, start, statuses[random.nextInt(statuses.length)]));
            }
        }
        return items;
    }
}
