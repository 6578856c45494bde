package nova.agenda.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.HolidayCalendar;
import nova.agenda.domain.SlotQuery;
import nova.agenda.domain.WeeklyHours;
import nova.agenda.domain.WorkingSchedule;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;

/**
 * A small random clinic for property tests: raw hours (as generated, possibly overlapping ranges), holidays,
 * closing days, blockouts, appointments and a query. The oracle reads the raw data, not the domain objects.
 */
final class RandomCalendar {

    static final ZoneId ZONE = ZoneId.of("Africa/Algiers");

    final Random random;
    final LocalDate firstDay;
    final int days;
    final Map<DayOfWeek, List<int[]>> clinicHours;
    final Map<UUID, Map<DayOfWeek, List<int[]>>> ownHours = new HashMap<>();
    final List<Chair> chairs = new ArrayList<>();
    final List<Practitioner> practitioners = new ArrayList<>();
    final Map<LocalDate, String> holidays = new HashMap<>();
    final Map<LocalDate, String> closingDays = new HashMap<>();
    final List<Blockout> blockouts = new ArrayList<>();
    final List<AppointmentView> appointments = new ArrayList<>();
    final SlotQuery query;

    RandomCalendar(long seed) {
        random = new Random(seed);
        firstDay = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(7));
        days = 2 + random.nextInt(3);
        clinicHours = randomHours();
        int chairCount = 1 + random.nextInt(3);
        for (int i = 0; i < chairCount; i++) {
            Chair c = new Chair(uuid(), "Fauteuil " + (i + 1), random.nextInt(5));
            chairs.add(c);
            if (random.nextInt(10) < 4) {
                ownHours.put(c.id(), randomHours());
            }
        }
        int practitionerCount = random.nextInt(3);
        for (int i = 0; i < practitionerCount; i++) {
            Practitioner p = new Practitioner(uuid(), "Dr " + i, "dentiste", random.nextInt(5));
            practitioners.add(p);
            if (random.nextInt(10) < 4) {
                ownHours.put(p.id(), randomHours());
            }
        }
        for (int d = 0; d < days; d++) {
            int roll = random.nextInt(16);
            if (roll == 0) {
                holidays.put(firstDay.plusDays(d), "Fête " + d);
            } else if (roll == 1) {
                closingDays.put(firstDay.plusDays(d), "Inventaire");
            }
        }
        int blockoutCount = random.nextInt(4);
        for (int i = 0; i < blockoutCount; i++) {
            ZonedDateTime s = randomTime();
            UUID resource = randomResourceOrClinic();
            blockouts.add(new Blockout(uuid(), resource, s.toInstant(),
                    s.plusMinutes(5L * (2 + random.nextInt(48))).toInstant(), "Maintenance"));
        }
        int appointmentCount = random.nextInt(25);
        AppointmentStatus[] statuses = AppointmentStatus.values();
        for (int i = 0; i < appointmentCount; i++) {
            ZonedDateTime s = randomTime();
            Chair c = chairs.get(random.nextInt(chairs.size()));
            Practitioner p = practitioners.isEmpty() || random.nextInt(5) == 0 ? null
                    : practitioners.get(random.nextInt(practitioners.size()));
            appointments.add(new AppointmentView(uuid(), uuid(), "Patient " + i, null, "soin", "Soin", "#888",
                    p == null ? null : p.id(), p == null ? null : p.displayName(), c.id(), c.name(), s,
                    s.plusMinutes(5L * (2 + random.nextInt(18))), statuses[random.nextInt(statuses.length)], null));
        }
        int[] grids = {5, 10, 15, 20, 30, 60};
        ZonedDateTime windowStart = ZonedDateTime.of(firstDay.atStartOfDay(), ZONE)
                .plusMinutes(random.nextInt(24 * 60));
        ZonedDateTime windowEnd = windowStart.plusMinutes(random.nextInt(4) == 0 ? 60L + random.nextInt(600)
                : 24L * 60 + random.nextInt(days * 24 * 60));
        ClockRange part = null;
        if (random.nextInt(3) == 0) {
            int a = 5 * random.nextInt(24 * 12);
            int b = 5 * random.nextInt(24 * 12);
            if (a != b) {
                part = new ClockRange(Math.min(a, b), Math.max(a, b));
            }
        }
        query = new SlotQuery(5 * (2 + random.nextInt(random.nextBoolean() ? 10 : 24)),
                random.nextBoolean() && !practitioners.isEmpty()
                        ? practitioners.get(random.nextInt(practitioners.size())).id() : null,
                random.nextBoolean() ? chairs.get(random.nextInt(chairs.size())).id() : null,
                windowStart, windowEnd, part, 1 + random.nextInt(6), grids[random.nextInt(grids.length)]);
    }

    WorkingSchedule schedule() {
        HolidayCalendar calendar = HolidayCalendar.empty();
        for (var e : holidays.entrySet()) {
            calendar = calendar.withDate(e.getKey(), e.getValue());
        }
        WorkingSchedule s = new WorkingSchedule(ZONE, toWeekly(clinicHours), Map.of(), closingDays, calendar);
        for (var e : ownHours.entrySet()) {
            s = s.withResourceHours(e.getKey(), toWeekly(e.getValue()));
        }
        return s;
    }

    BusyIndex busyIndex() {
        return BusyIndex.of(appointments, blockouts);
    }

    SlotFinder finder() {
        return new SlotFinder(schedule(), chairs, practitioners);
    }

    private static WeeklyHours toWeekly(Map<DayOfWeek, List<int[]>> raw) {
        Map<DayOfWeek, List<ClockRange>> m = new EnumMap<>(DayOfWeek.class);
        raw.forEach((d, ranges) -> m.put(d, ranges.stream().map(r -> new ClockRange(r[0], r[1])).toList()));
        return WeeklyHours.of(m);
    }

    private Map<DayOfWeek, List<int[]>> randomHours() {
        Map<DayOfWeek, List<int[]>> m = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            List<int[]> ranges = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                int s = 5 * (12 * 6 + random.nextInt(12 * 12));
                int e = Math.min(s + 5 * (12 + random.nextInt(12 * 6)), 22 * 60);
                ranges.add(new int[] {s, e});
            }
            m.put(d, ranges);
        }
        return m;
    }

    private ZonedDateTime randomTime() {
        LocalDateTime t = firstDay.atStartOfDay().plusMinutes(5L * random.nextInt(days * 24 * 12));
        return ZonedDateTime.of(t, ZONE);
    }

    private UUID randomResourceOrClinic() {
        int n = chairs.size() + practitioners.size() + 1;
        int i = random.nextInt(n);
        if (i < chairs.size()) {
            return chairs.get(i).id();
        }
        i -= chairs.size();
        return i < practitioners.size() ? practitioners.get(i).id() : null;
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    Map<DayOfWeek, List<int[]>> hoursOf(UUID resource) {
        return ownHours.getOrDefault(resource, clinicHours);
    }
}
