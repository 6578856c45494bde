package nova.ui.assistant;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times in words, as a receptionist reads them aloud: "jeudi 26 novembre à 10:00". */
final class FrenchWhen {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    private FrenchWhen() {
    }

    static String day(ZonedDateTime at) {
        return DAY.format(at);
    }

    static String time(ZonedDateTime at) {
        return TIME.format(at);
    }

    static String at(ZonedDateTime at) {
        return day(at) + " à " + time(at);
    }

    /** A range [start, end): one day with its hours, several days, or a day part over several days. */
    static String range(ZonedDateTime start, ZonedDateTime end, String dailyStart, String dailyEnd) {
        ZonedDateTime last = end.minusMinutes(1);
        boolean wholeDays = start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT);
        String part = dailyStart != null && dailyEnd != null ? ", de " + dailyStart + " à " + dailyEnd : "";
        if (start.toLocalDate().equals(last.toLocalDate())) {
            if (wholeDays) {
                return day(start) + part;
            }
            return day(start) + ", de " + time(start) + " à " + time(end);
        }
        if (wholeDays || Duration.between(start, end).toDays() >= 1) {
            return "du " + day(start) + " au " + day(last) + part;
        }
        return "du " + at(start) + " au " + at(end);
    }

    /** The appointment an action is about: a precise time ("à 14:00") or a whole day. */
    static String original(ZonedDateTime start, ZonedDateTime end) {
        if (Duration.between(start, end).toMinutes() <= 1) {
            return at(start);
        }
        return range(start, end, null, null);
    }
}
