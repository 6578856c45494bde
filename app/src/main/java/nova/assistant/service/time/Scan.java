package nova.assistant.service.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The working state of one parse: the normalized text with consumed phrases blanked out (positions are kept, so
 * "après" can find the piece right after it) and the pieces found so far.
 */
final class Scan {

    enum Side { AFTER, BEFORE, UNTIL }

    /** A day or a span of days; {@code toExclusive} is the day after the last one. */
    record Day(int pos, LocalDate from, LocalDate toExclusive, Grain grain, boolean interval, Integer weekOffset) {
    }

    record At(int pos, int end, ClockReader.Clock clock) {
    }

    record Range(int pos, ClockReader.Clock from, ClockReader.Clock to) {
    }

    record Part(int pos, PartOfDay part) {
    }

    record Mark(int pos, int end, Side side) {
    }

    /** Rules are written inline as strings; each is compiled once. */
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    final ZonedDateTime now;
    final LocalDate today;
    final boolean hadDigits;
    final List<Day> days = new ArrayList<>();
    final List<At> clocks = new ArrayList<>();
    final List<Range> ranges = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();
    TimeReading ready;
    private final char[] text;

    Scan(String normalized, ZonedDateTime now, boolean hadDigits) {
        this.text = normalized.toCharArray();
        this.now = now;
        this.today = now.toLocalDate();
        this.hadDigits = hadDigits;
    }

    String text() {
        return new String(text);
    }

    void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            text[i] = ' ';
        }
    }

    /** Runs a rule over the text; each accepted match is blanked so no later rule reads it again. */
    void each(String regex, Predicate<Matcher> rule) {
        Matcher m = PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text());
        while (m.find()) {
            if (m.end() > m.start() && rule.test(m)) {
                blank(m.start(), m.end());
            }
        }
    }

    boolean day(int pos, LocalDate day) {
        return add(new Day(pos, day, day.plusDays(1), Grain.DAY, false, null));
    }

    boolean day(int pos, LocalDate day, Grain grain) {
        return grain == Grain.MONTH ? month(pos, day.withDayOfMonth(1)) : day(pos, day);
    }

    boolean dayInterval(int pos, LocalDate from, LocalDate toExclusive) {
        return add(new Day(pos, from, toExclusive, Grain.DAY, true, null));
    }

    boolean week(int pos, LocalDate monday, Integer offset) {
        return add(new Day(pos, monday, monday.plusWeeks(1), Grain.WEEK, false, offset));
    }

    boolean month(int pos, LocalDate first) {
        return add(new Day(pos, first, first.plusMonths(1), Grain.MONTH, false, null));
    }

    boolean year(int pos, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return add(new Day(pos, first, first.plusYears(1), Grain.YEAR, false, null));
    }

    /**
     * Keeps a date only if an agenda could mean it: from 1970 to a century ahead. « en 1510 » is not a request for
     * an appointment, and before the 1910s the clinic zones' offsets were local mean time (Algiers +00:09:21),
     * which no ISO offset in minutes can carry. A refused match stays in the text for the other rules.
     */
    private boolean add(Day day) {
        if (day.from().getYear() < 1970 || day.toExclusive().getYear() > today.getYear() + 100) {
            return false;
        }
        days.add(day);
        return true;
    }

    boolean ready(TimeReference reference, LocalDate first, LocalDate last) {
        return ready(reference, first, last, null);
    }

    boolean ready(TimeReference reference, LocalDate first, LocalDate last, LocalDateTime at) {
        if (ready == null) {
            ready = new TimeReading(reference, first, last, null, at, null, null, null, null, null, first != null);
        }
        return true;
    }

    OffsetDateTime at(LocalDate day, int hour) {
        return day.atStartOfDay(now.getZone()).plusHours(hour).toOffsetDateTime();
    }
}
