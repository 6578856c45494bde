package nova.agenda.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working ranges for each day of the week, breaks already cut out. A day absent from the map is not worked.
 * Ranges of one day are sorted and never overlap (touching ranges are merged).
 */
public final class WeeklyHours {

    private final Map<DayOfWeek, List<ClockRange>> byDay;

    private WeeklyHours(Map<DayOfWeek, List<ClockRange>> byDay) {
        EnumMap<DayOfWeek, List<ClockRange>> copy = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((day, ranges) -> {
            List<ClockRange> merged = merge(ranges);
            if (!merged.isEmpty()) {
                copy.put(day, merged);
            }
        });
        this.byDay = copy;
    }

    public static WeeklyHours none() {
        return new WeeklyHours(Map.of());
    }

    public static WeeklyHours of(Map<DayOfWeek, ? extends Collection<ClockRange>> byDay) {
        Map<DayOfWeek, List<ClockRange>> m = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((d, r) -> m.put(d, List.copyOf(r)));
        return new WeeklyHours(m);
    }

    /** Same hours on each given day, with an optional daily break (null break = none). */
    public static WeeklyHours uniform(Set<DayOfWeek> days, LocalTime opening, LocalTime closing,
                                      LocalTime breakStart, LocalTime breakEnd) {
        WeeklyHours hours = WeeklyHours.none();
        for (DayOfWeek day : days) {
            hours = hours.withDay(day, ClockRange.of(opening, closing));
        }
        if (breakStart != null && breakEnd != null && breakStart.isBefore(breakEnd)) {
            hours = hours.withBreak(ClockRange.of(breakStart, breakEnd));
        }
        return hours;
    }

    /** Replaces the ranges of one day ("08:00-12:00", "13:00-17:00" style ranges). */
    public WeeklyHours withDay(DayOfWeek day, ClockRange... ranges) {
        Map<DayOfWeek, List<ClockRange>> m = new EnumMap<>(DayOfWeek.class);
        m.putAll(byDay);
        if (ranges.length == 0) {
            m.remove(day);
        } else {
            m.put(day, List.of(ranges));
        }
        return new WeeklyHours(m);
    }

    public WeeklyHours withDay(DayOfWeek day, String... ranges) {
        ClockRange[] parsed = new ClockRange[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            parsed[i] = ClockRange.parse(ranges[i]);
        }
        return withDay(day, parsed);
    }

    /** Cuts a break out of every worked day. */
    public WeeklyHours withBreak(ClockRange pause) {
        Map<DayOfWeek, List<ClockRange>> m = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((day, ranges) -> m.put(day, subtract(ranges, pause)));
        return new WeeklyHours(m);
    }

    /** Cuts a break out of one day only (e.g. Friday prayer). */
    public WeeklyHours withBreak(DayOfWeek day, ClockRange pause) {
        Map<DayOfWeek, List<ClockRange>> m = new EnumMap<>(DayOfWeek.class);
        m.putAll(byDay);
        if (m.containsKey(day)) {
            m.put(day, subtract(m.get(day), pause));
        }
        return new WeeklyHours(m);
    }

    public List<ClockRange> on(DayOfWeek day) {
        return byDay.getOrDefault(day, List.of());
    }

    public Set<DayOfWeek> workingDays() {
        return byDay.keySet();
    }

    public boolean covers(DayOfWeek day, int fromMinute, int toMinute) {
        for (ClockRange r : on(day)) {
            if (r.covers(fromMinute, toMinute)) {
                return true;
            }
        }
        return false;
    }

    private static List<ClockRange> subtract(List<ClockRange> ranges, ClockRange cut) {
        List<ClockRange> out = new ArrayList<>();
        for (ClockRange r : ranges) {
            if (cut.endMinute() <= r.startMinute() || cut.startMinute() >= r.endMinute()) {
                out.add(r);
                continue;
            }
            if (cut.startMinute() > r.startMinute()) {
                out.add(new ClockRange(r.startMinute(), cut.startMinute()));
            }
            if (cut.endMinute() < r.endMinute()) {
                out.add(new ClockRange(cut.endMinute(), r.endMinute()));
            }
        }
        return out;
    }

    private static List<ClockRange> merge(List<ClockRange> ranges) {
        List<ClockRange> sorted = ranges.stream().sorted().toList();
        List<ClockRange> out = new ArrayList<>();
        for (ClockRange r : sorted) {
            if (!out.isEmpty() && out.getLast().endMinute() >= r.startMinute()) {
                ClockRange last = out.removeLast();
                out.add(new ClockRange(last.startMinute(), Math.max(last.endMinute(), r.endMinute())));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours w && w.byDay.equals(byDay);
    }

    @Override
    public int hashCode() {
        return byDay.hashCode();
    }

    @Override
    public String toString() {
        return byDay.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
