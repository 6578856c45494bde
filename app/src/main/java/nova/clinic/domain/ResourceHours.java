package nova.clinic.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A practitioner's, chair's or room's own weekly hours, replacing the clinic's for that resource: the days worked,
 * the same opening and closing time on each, and an optional daily break (both ends null when there is none).
 * Stored on the resource's row as {@link #toText()}.
 */
public record ResourceHours(Set<DayOfWeek> days, LocalTime opening, LocalTime closing, LocalTime breakStart,
                            LocalTime breakEnd) {

    public ResourceHours {
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if ((breakStart == null) != (breakEnd == null)) {
            throw new IllegalArgumentException("a break needs both ends");
        }
    }

    public boolean hasBreak() {
        return breakStart != null && breakStart.isBefore(breakEnd);
    }

    /** "7,1,2;08:00-12:00" or "7,1,2;08:00-17:00;12:00-13:00" (ISO day numbers, the week from Monday). */
    public String toText() {
        String dayList = days.stream().sorted().map(d -> Integer.toString(d.getValue()))
                .collect(Collectors.joining(","));
        String text = dayList + ";" + opening + "-" + closing;
        return hasBreak() ? text + ";" + breakStart + "-" + breakEnd : text;
    }

    /** Reads {@link #toText()}; null or blank text means the resource has no own hours. */
    public static ResourceHours parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(";");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("unreadable hours: " + text);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(parts[0].split(",")).filter(s -> !s.isBlank())
                .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s.strip()))));
        LocalTime[] hours = range(parts[1]);
        LocalTime[] pause = parts.length == 3 ? range(parts[2]) : new LocalTime[2];
        return new ResourceHours(days, hours[0], hours[1], pause[0], pause[1]);
    }

    private static LocalTime[] range(String text) {
        String[] ends = text.strip().split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("unreadable range: " + text);
        }
        try {
            return new LocalTime[] {LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())};
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException("unreadable range: " + text, unreadable);
        }
    }
}
