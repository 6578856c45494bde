package nova.agenda.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.HolidayCalendar;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.agenda.domain.WorkingSchedule;
import nova.agenda.service.BusyIndex;
import nova.agenda.service.SlotFinder;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PatientMatch;
import nova.patient.service.PatientSearchIndex;

/**
 * Measures the two in-memory hot paths of the agenda: the slot search (one year, 6 chairs, 20,000 appointments,
 * next 10 slots) and the patient search (100,000 patients). Warm-up first, then many timed runs; prints median,
 * p95 and p99. Run from the repository root (the {@code bench} profile of the app module runs it after the test
 * classes are compiled; arguments: seed, then "slots" or "patients" to run one half):
 * {@code mvn -q -pl app -am test -DskipTests -Pbench [-Dexec.args="42 slots"]}
 */
public final class SchedulingBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Africa/Algiers");

    /** Arguments: [seed] [slots|patients] (default: seed 42, both). */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
        String only = args.length > 1 ? args[1] : "";
        if (!only.equals("patients")) {
            slotSearch(new Random(seed));
        }
        if (!only.equals("slots")) {
            patientSearch(new Random(seed));
        }
    }

    // ----------------------------------------------------------------------------------------------- slot search

    private static void slotSearch(Random random) {
        ClinicProfile profile = new ClinicProfile("Cabinet dentaire", "Alger", ZONE, 213,
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(12, 0),
                LocalTime.of(13, 0), ClinicKind.DENTAL_CABINET);
        WorkingSchedule schedule = WorkingSchedule.fromProfile(profile, HolidayCalendar.algeria());
        List<Chair> chairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chairs.add(new Chair(UUID.randomUUID(), "Fauteuil " + (i + 1), i));
        }
        List<Practitioner> practitioners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            practitioners.add(new Practitioner(UUID.randomUUID(), "Dr " + i, "dentiste", i));
        }
        LocalDate first = LocalDate.of(2026, 1, 1);
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(first.plusYears(1)); d = d.plusDays(1)) {
            if (!schedule.openRanges(d, null).isEmpty()) {
                workingDays.add(d);
            }
        }
        // Fill every chair-day back to back (random lengths, a few gaps), then keep 20,000 of these at random:
        // a clinic about 90% booked, with holes scattered through the year.
        int target = 20_000;
        int[] durations = {15, 30, 30, 45};
        List<Object[]> candidates = new ArrayList<>();
        for (LocalDate day : workingDays) {
            for (Chair chair : chairs) {
                ZonedDateTime t = ZonedDateTime.of(day, LocalTime.of(8, 0), ZONE);
                while (true) {
                    if (random.nextInt(6) == 0) {
                        t = t.plusMinutes(15);
                    }
                    int minutes = durations[random.nextInt(durations.length)];
                    ZonedDateTime end = t.plusMinutes(minutes);
                    if (t.getHour() < 13 && end.toLocalTime().isAfter(LocalTime.of(12, 0))) {
                        t = ZonedDateTime.of(day, LocalTime.of(13, 0), ZONE);
                        end = t.plusMinutes(minutes);
                    }
                    if (end.toLocalTime().isAfter(LocalTime.of(17, 0))) {
                        break;
                    }
                    candidates.add(new Object[] {chair, t, end});
                    t = end;
                }
            }
        }
        java.util.Collections.shuffle(candidates, random);
        BusyIndex busy = new BusyIndex();
        List<AppointmentView> appointments = new ArrayList<>(target);
        for (Object[] c : candidates.subList(0, Math.min(target, candidates.size()))) {
            Chair chair = (Chair) c[0];
            ZonedDateTime t = (ZonedDateTime) c[1];
            ZonedDateTime end = (ZonedDateTime) c[2];
            // Each dentist mostly works at their own chair; when busy there, a colleague takes the patient.
            Practitioner p = null;
            int offset = random.nextInt(5) == 0 ? random.nextInt(practitioners.size()) : chair.position();
            for (int k = 0; k < practitioners.size() && p == null; k++) {
                Practitioner candidate = practitioners.get((offset + k) % practitioners.size());
                if (busy.appointmentsOverlapping(candidate.id(), t.toInstant(), end.toInstant()).isEmpty()) {
                    p = candidate;
                }
            }
            AppointmentView a = new AppointmentView(UUID.randomUUID(), UUID.randomUUID(), "Patient", null,
                    "soin", "Soin", "#888", p == null ? null : p.id(), null, chair.id(), chair.name(), t,
                    end, AppointmentStatus.BOOKED, null);
            appointments.add(a);
            busy.put(a);
        }
        List<Blockout> blockouts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LocalDate d = workingDays.get(random.nextInt(workingDays.size()));
            ZonedDateTime s = ZonedDateTime.of(d, LocalTime.of(8 + random.nextInt(8), 0), ZONE);
            UUID resource = random.nextInt(5) == 0 ? null : chairs.get(random.nextInt(chairs.size())).id();
            blockouts.add(new Blockout(UUID.randomUUID(), resource, s.toInstant(), s.plusHours(2).toInstant(),
                    "Maintenance"));
        }
        BusyIndex index = null;
        long[] builds = new long[7];
        for (int i = 0; i < builds.length; i++) {
            long buildStart = System.nanoTime();
            index = BusyIndex.of(appointments, blockouts);
            builds[i] = System.nanoTime() - buildStart;
        }
        long buildNanos = Arrays.stream(builds).skip(2).sorted().toArray()[2];
        SlotFinder finder = new SlotFinder(schedule, chairs, practitioners);
        System.out.printf("Slot search: %d appointments, %d blockouts, %d chairs, %d practitioners, %d working days%n",
                index.size() - blockouts.size(), blockouts.size(), chairs.size(), practitioners.size(),
                workingDays.size());
        System.out.printf("  busy index built in %.1f ms (median of 5 warm builds; first, cold: %.1f ms)%n",
                buildNanos / 1e6, builds[0] / 1e6);

        int warmup = 3_000;
        int runs = 10_000;
        long[] times = new long[runs];
        long[][] byShape = new long[4][runs];
        int[] shapeCount = new int[4];
        String[] shapeNames = {"any chair, any practitioner", "given practitioner", "given chair",
            "afternoons only (14:00-17:00)"};
        int found = 0;
        for (int i = 0; i < warmup + runs; i++) {
            int shape = random.nextInt(4);
            SlotQuery q = randomQuery(random, shape, workingDays, chairs, practitioners);
            long t0 = System.nanoTime();
            List<SlotProposal> slots = finder.find(q, index);
            long t1 = System.nanoTime();
            if (i >= warmup) {
                times[i - warmup] = t1 - t0;
                byShape[shape][shapeCount[shape]++] = t1 - t0;
                found += slots.size();
            }
        }
        report("  find next 10 slots (all shapes)", times);
        for (int k = 0; k < 4; k++) {
            report("    " + shapeNames[k], Arrays.copyOf(byShape[k], shapeCount[k]));
        }
        System.out.printf("  (%.1f slots found per query on average)%n", (double) found / runs);

        // Incremental update: move one appointment, as a reschedule does.
        long[] updates = new long[runs];
        for (int i = 0; i < runs; i++) {
            AppointmentView a = appointments.get(random.nextInt(appointments.size()));
            AppointmentView moved = new AppointmentView(a.id(), a.patientId(), a.patientName(), null, a.careTypeCode(),
                    a.careTypeLabel(), a.colorHex(), a.practitionerId(), null, a.chairId(), a.chairName(),
                    a.start().plusDays(7), a.end().plusDays(7), a.status(), null);
            long t0 = System.nanoTime();
            index.put(moved);
            updates[i] = System.nanoTime() - t0;
        }
        report("  busy index update (move one appointment)", updates);
    }

    private static SlotQuery randomQuery(Random random, int shape, List<LocalDate> days, List<Chair> chairs,
                                         List<Practitioner> practitioners) {
        int[] durations = {15, 30, 45, 60};
        LocalDate d = days.get(random.nextInt(days.size() - 40));
        ZonedDateTime start = ZonedDateTime.of(d, LocalTime.of(8, 0), ZONE);
        SlotQuery q = SlotQuery.of(durations[random.nextInt(durations.length)], start, start.plusDays(60), 10);
        if (shape == 1) {
            q = q.withPractitioner(practitioners.get(random.nextInt(practitioners.size())).id());
        } else if (shape == 2) {
            q = q.withChair(chairs.get(random.nextInt(chairs.size())).id());
        } else if (shape == 3) {
            q = q.withDayPart(nova.agenda.domain.ClockRange.parse("14:00-17:00"));
        }
        return q;
    }

    // -------------------------------------------------------------------------------------------- patient search

    private static final String[] LAST_NAMES = {"Amrani", "Benali", "Bensalah", "Bouzid", "Belkacem", "Boudiaf",
        "Haddad", "Hamidi", "Khelifi", "Mansouri", "Meziane", "Saidi", "Zerrouki", "Cherif", "Ouali", "Djebbar",
        "Ferhat", "Guendouz", "Lounis", "Rahmani", "Taleb", "Yahiaoui", "Ziani", "Brahimi", "Chaoui", "Aït Ahmed",
        "Ben Youcef", "Kaci", "Mokrani", "Slimani", "Traoré", "Coulibaly", "Keïta", "Diarra", "Diallo", "Touré",
        "Sangaré", "Koné", "Cissé", "Dembélé", "Sissoko", "Konaté", "Camara", "Doumbia", "Sidibé", "Maïga",
        "Bagayoko", "Dicko", "Fofana", "Sacko", "N'Diaye", "Kanté", "Tounkara", "Samaké", "Goïta", "Haïdara"};
    private static final String[] FIRST_NAMES = {"Hadjer", "Samia", "Amina", "Yasmine", "Lina", "Nour", "Imène",
        "Sarah", "Meriem", "Fatima", "Karim", "Yacine", "Mohamed", "Amine", "Rayan", "Walid", "Sofiane", "Bilal",
        "Nassim", "Mehdi", "Awa", "Aminata", "Fatoumata", "Mariam", "Kadiatou", "Oumou", "Moussa", "Seydou",
        "Boubacar", "Mamadou", "Ibrahim", "Adama", "Souleymane", "Issa", "Hawa", "Rokia", "Djénéba", "Aïcha",
        "Chérif", "Hélène"};
    private static final String[] SYLLABLES = {"ba", "be", "di", "dou", "ka", "ke", "la", "li", "ma", "mou", "na",
        "ni", "ra", "ri", "sa", "si", "ta", "tou", "za", "zi", "kh", "ch", "ou", "al", "el"};

    private static void patientSearch(Random random) {
        int count = 100_000;
        List<PatientSummary> patients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String last = random.nextInt(3) == 0 ? composedName(random) : LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String phone = random.nextBoolean()
                    ? "+213" + (5 + random.nextInt(3)) + digits(random, 8)
                    : "+223" + (6 + random.nextInt(2)) + digits(random, 7);
            patients.add(new PatientSummary(UUID.randomUUID(), last, firstName, phone, 1940 + random.nextInt(85),
                    null));
        }
        PatientSearchIndex index = new PatientSearchIndex();
        long t0 = System.nanoTime();
        patients.forEach(index::put);
        long buildNanos = System.nanoTime() - t0;
        System.out.printf("Patient search: %d patients, index built in %.0f ms%n", index.size(), buildNanos / 1e6);

        int warmup = 2_000;
        int runs = 10_000;
        long[] times = new long[runs];
        long[][] byKind = new long[7][runs];
        int[] kindCount = new int[7];
        String[] kindNames = {"exact name", "name + first name", "prefix", "typo", "accents/case",
            "phone national", "phone partial"};
        long results = 0;
        for (int i = 0; i < warmup + runs; i++) {
            PatientSummary p = patients.get(random.nextInt(patients.size()));
            int kind = random.nextInt(7);
            String query = switch (kind) {
                case 0 -> p.lastName();
                case 1 -> p.lastName() + " " + p.firstName();
                case 2 -> p.lastName().substring(0, Math.min(3, p.lastName().length()));
                case 3 -> typo(random, p.lastName());
                case 4 -> p.firstName().toUpperCase().replace('E', 'É') + " " + p.lastName().toLowerCase();
                case 5 -> national(p.phoneE164());
                default -> p.phoneE164().substring(p.phoneE164().length() - 6);
            };
            long s = System.nanoTime();
            List<PatientMatch> found = index.search(query, 20);
            long e = System.nanoTime();
            if (i >= warmup) {
                times[i - warmup] = e - s;
                byKind[kind][kindCount[kind]++] = e - s;
                results += found.size();
            }
        }
        report("  search (mixed queries, limit 20)", times);
        for (int k = 0; k < 7; k++) {
            report("    " + kindNames[k], Arrays.copyOf(byKind[k], kindCount[k]));
        }
        System.out.printf("  (%.1f results per query on average)%n", (double) results / runs);
    }

    private static String composedName(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private static String digits(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    private static String national(String e164) {
        if (e164.startsWith("+213")) {
            String n = "0" + e164.substring(4);
            return n.substring(0, 4) + " " + n.substring(4, 6) + " " + n.substring(6, 8) + " " + n.substring(8);
        }
        String n = e164.substring(4);
        return n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
    }

    private static String typo(Random random, String name) {
        if (name.length() < 5) {
            return name;
        }
        char[] c = name.toCharArray();
        int i = 1 + random.nextInt(c.length - 2);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, i) + name.charAt(i) + name.substring(i); // doubled letter
            case 1 -> name.substring(0, i) + name.substring(i + 1);              // missing letter
            default -> {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                yield new String(c);                                             // swapped letters
            }
        };
    }

    private static void report(String what, long[] nanos) {
        if (nanos.length == 0) {
            return;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: n=%d median %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, sorted.length,
                pct(sorted, 50) / 1e6, pct(sorted, 95) / 1e6, pct(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
