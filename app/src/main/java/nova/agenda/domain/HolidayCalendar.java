package nova.agenda.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Public holidays as data: fixed-date ones (every year) and dated ones (Islamic holidays, Easter Monday), plus
 * dates the admin removed from a fixed holiday in one year. Immutable: every edit returns a new calendar, which the
 * caller persists with {@link #toLines()} and reads back with {@link #parse(List)}.
 */
public final class HolidayCalendar {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final Map<MonthDay, String> fixed;
    private final Map<LocalDate, String> dated;
    private final Set<LocalDate> excluded;

    private HolidayCalendar(Map<MonthDay, String> fixed, Map<LocalDate, String> dated, Set<LocalDate> excluded) {
        this.fixed = Collections.unmodifiableMap(new TreeMap<>(fixed));
        this.dated = Collections.unmodifiableMap(new TreeMap<>(dated));
        this.excluded = Collections.unmodifiableSet(new TreeSet<>(excluded));
    }

    public static HolidayCalendar empty() {
        return new HolidayCalendar(Map.of(), Map.of(), Set.of());
    }

    /** Algeria's preset (fixed holidays, Islamic holidays of 2026 and 2027). */
    public static HolidayCalendar algeria() {
        return preset("DZ");
    }

    /** Mali's preset (fixed holidays, Islamic holidays and Easter Monday of 2026 and 2027). */
    public static HolidayCalendar mali() {
        return preset("ML");
    }

    /** The preset for an ISO country code ("DZ" or "ML"). */
    public static HolidayCalendar preset(String countryCode) {
        String resource = "/nova/agenda/holidays-" + countryCode + ".txt";
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No holiday preset for country " + countryCode);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines "fixed MM-DD Name", "dated YYYY-MM-DD Name", "excluded YYYY-MM-DD"; '#' starts a comment. */
    public static HolidayCalendar parse(List<String> lines) {
        Map<MonthDay, String> fixed = new TreeMap<>();
        Map<LocalDate, String> dated = new TreeMap<>();
        Set<LocalDate> excluded = new TreeSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            switch (parts[0]) {
                case "fixed" -> fixed.put(MonthDay.parse("--" + parts[1]), parts.length > 2 ? parts[2] : "");
                case "dated" -> dated.put(LocalDate.parse(parts[1]), parts.length > 2 ? parts[2] : "");
                case "excluded" -> excluded.add(LocalDate.parse(parts[1]));
                default -> throw new IllegalArgumentException("Unknown holiday line: " + raw);
            }
        }
        return new HolidayCalendar(fixed, dated, excluded);
    }

    public List<String> toLines() {
        List<String> out = new ArrayList<>();
        fixed.forEach((md, name) -> out.add("fixed " + md.format(MONTH_DAY) + " " + name));
        dated.forEach((d, name) -> out.add("dated " + d + " " + name));
        excluded.forEach(d -> out.add("excluded " + d));
        return out;
    }

    public Optional<Holiday> holidayOn(LocalDate date) {
        String name = dated.get(date);
        if (name != null) {
            return Optional.of(new Holiday(date, name));
        }
        name = fixed.get(MonthDay.from(date));
        if (name != null && !excluded.contains(date)) {
            return Optional.of(new Holiday(date, name));
        }
        return Optional.empty();
    }

    public boolean isHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    /** All holidays of a year, by date. */
    public List<Holiday> holidaysOf(int year) {
        List<Holiday> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            holidayOn(d).ifPresent(out::add);
        }
        return out;
    }

    /** Adds (or renames) a one-off holiday; also undoes an earlier exclusion of that date. */
    public HolidayCalendar withDate(LocalDate date, String name) {
        Map<LocalDate, String> d = new TreeMap<>(dated);
        d.put(date, name);
        Set<LocalDate> ex = new TreeSet<>(excluded);
        ex.remove(date);
        return new HolidayCalendar(fixed, d, ex);
    }

    /** Removes the holiday on that date, whether one-off or one year's occurrence of a fixed holiday. */
    public HolidayCalendar withoutDate(LocalDate date) {
        Map<LocalDate, String> d = new TreeMap<>(dated);
        d.remove(date);
        Set<LocalDate> ex = new TreeSet<>(excluded);
        if (fixed.containsKey(MonthDay.from(date))) {
            ex.add(date);
        }
        return new HolidayCalendar(fixed, d, ex);
    }

    public HolidayCalendar withFixed(MonthDay day, String name) {
        Map<MonthDay, String> f = new TreeMap<>(fixed);
        f.put(day, name);
        return new HolidayCalendar(f, dated, excluded);
    }

    public HolidayCalendar withoutFixed(MonthDay day) {
        Map<MonthDay, String> f = new TreeMap<>(fixed);
        f.remove(day);
        return new HolidayCalendar(f, dated, excluded);
    }

    public Map<MonthDay, String> fixedHolidays() {
        return fixed;
    }

    public Map<LocalDate, String> datedHolidays() {
        return dated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar h && h.fixed.equals(fixed) && h.dated.equals(dated)
                && h.excluded.equals(excluded);
    }

    @Override
    public int hashCode() {
        return fixed.hashCode() * 31 + dated.hashCode() * 7 + excluded.hashCode();
    }
}
