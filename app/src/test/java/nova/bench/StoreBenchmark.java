package nova.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nova.agenda.domain.BookingRequest;
import nova.app.Workstation;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;

/**
 * Booking write in the encrypted store: validate, persist, history, audit and outbox in one transaction, through
 * the same AgendaService as the GUI. Run: see README ("Benchmarks").
 */
public final class StoreBenchmark {

    public static void main(String[] args) throws Exception {
        int warmup = 300;
        int measured = 2000;
        Path dir = Files.createTempDirectory("nova-bench-store");
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation workstation = TestStores.login(dir)) {
            List<PatientSummary> patients = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                patients.add(workstation.patients().create(new NewPatient("PATIENT" + i, "Bench", Sex.UNKNOWN, 1980,
                        null, String.format("0555%06d", i), null, null)));
            }
            List<BookingRequest> requests = slots(workstation, patients, warmup + measured);
            for (int i = 0; i < warmup; i++) {
                workstation.agenda().book(requests.get(i));
            }
            long[] nanos = new long[measured];
            long[] cpuNanos = new long[measured];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < measured; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                workstation.agenda().book(requests.get(warmup + i));
                nanos[i] = System.nanoTime() - start;
                cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpu;
            }
            System.out.println(Percentiles.ofNanos(nanos).line("booking write (encrypted H2, target p95<=5ms)"));
            // The booking thread's own CPU time: on a shared machine the wall clock also counts the time other
            // processes held the cores, this does not (H2's background writer is not in it either).
            System.out.println(Percentiles.ofNanos(cpuNanos).line("  same, CPU time of the booking thread"));
        }
    }

    /** Free 30-minute slots on two chairs, each with its own practitioner, day after day within opening hours. */
    private static List<BookingRequest> slots(Workstation workstation, List<PatientSummary> patients, int count) {
        ClinicProfile profile = workstation.clinic().profile();
        List<Chair> chairs = workstation.clinic().chairs();
        List<Practitioner> practitioners = workstation.clinic().practitioners();
        List<BookingRequest> requests = new ArrayList<>();
        var schedule = workstation.agenda().schedule();
        LocalDate day = LocalDate.now(profile.zone()).plusDays(1);
        while (requests.size() < count) {
            if (profile.workingDays().contains(day.getDayOfWeek()) && !schedule.isClosed(day)
                    && schedule.holidayOn(day).isEmpty()) {
                for (LocalTime t = profile.opening(); t.plusMinutes(30).compareTo(profile.closing()) <= 0;
                     t = t.plusMinutes(30)) {
                    if (profile.hasBreak() && t.isBefore(profile.breakEnd()) && t.plusMinutes(30).isAfter(profile.breakStart())) {
                        continue;
                    }
                    for (int c = 0; c < 2 && requests.size() < count; c++) {
                        ZonedDateTime start = day.atTime(t).atZone(profile.zone());
                        requests.add(new BookingRequest(patients.get(requests.size() % patients.size()).id(),
                                "consultation", practitioners.get(c).id(), chairs.get(c).id(), start, 30, null, "BENCH"));
                    }
                }
            }
            day = day.plusDays(1);
        }
        return requests;
    }
}
