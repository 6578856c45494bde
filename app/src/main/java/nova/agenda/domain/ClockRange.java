package nova.agenda.domain;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A range of wall-clock time within one day, [start, end) in minutes since midnight. End may be 1440 ("24:00"),
 * which {@link LocalTime} cannot express; that is why minutes are used rather than LocalTime pairs.
 */
public record ClockRange(int startMinute, int endMinute) implements Comparable<ClockRange> {

    public static final int END_OF_DAY = 24 * 60;

    public ClockRange {
        if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("Invalid clock range " + startMinute + "-" + endMinute);
        }
    }

    public static ClockRange of(LocalTime start, LocalTime end) {
        int s = start.getHour() * 60 + start.getMinute();
        int e = end.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : end.getHour() * 60 + end.getMinute();
        return new ClockRange(s, e);
    }

    /** Parses "HH:MM-HH:MM" (also with an en dash or spaces); "24:00" is accepted as the end of the day. */
    public static ClockRange parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected HH:MM-HH:MM but got '" + text + "'");
        }
        return new ClockRange(parseMinute(parts[0]), parseMinute(parts[1]));
    }

    private static int parseMinute(String hhmm) {
        String[] hm = hhmm.trim().split("[:hH]");
        int h = Integer.parseInt(hm[0].trim());
        int m = hm.length > 1 && !hm[1].isBlank() ? Integer.parseInt(hm[1].trim()) : 0;
        if (h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0)) {
            throw new IllegalArgumentException("Invalid time '" + hhmm + "'");
        }
        return h * 60 + m;
    }

    public boolean contains(int minute) {
        return minute >= startMinute && minute < endMinute;
    }

    public boolean covers(int fromMinute, int toMinute) {
        return fromMinute >= startMinute && toMinute <= endMinute;
    }

    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    public static String format(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public int compareTo(ClockRange o) {
        int c = Integer.compare(startMinute, o.startMinute);
        return c != 0 ? c : Integer.compare(endMinute, o.endMinute);
    }

    @Override
    public String toString() {
        return format(startMinute) + "-" + format(endMinute);
    }
}
