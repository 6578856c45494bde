package nova.assistant.service.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How French date words resolve against "today": a date without a year is the next one (today included), a bare
 * weekday is the next one after today, weeks start on Monday.
 */
final class DateRules {

    private DateRules() {
    }

    static OffsetDateTime offset(ZonedDateTime value) {
        return value.toOffsetDateTime();
    }

    static ZonedDateTime truncate(ZonedDateTime value, Grain grain) {
        return switch (grain) {
            case SECOND -> value.truncatedTo(ChronoUnit.SECONDS);
            case MINUTE -> value.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> value.truncatedTo(ChronoUnit.HOURS);
            case DAY -> value.toLocalDate().atStartOfDay(value.getZone());
            case WEEK -> value.toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay(value.getZone());
            case MONTH -> value.toLocalDate().withDayOfMonth(1).atStartOfDay(value.getZone());
            case YEAR -> value.toLocalDate().withDayOfYear(1).atStartOfDay(value.getZone());
        };
    }

    static LocalDate nextYearly(LocalDate today, int month, int day) {
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return date.isBefore(today) ? date.plusYears(1) : date;
    }

    static LocalDate monthStart(LocalDate today, int month, String year) {
        if (year != null) {
            return LocalDate.of(CalendarWords.year(year), month, 1);
        }
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        return month < today.getMonthValue() ? first.plusYears(1) : first;
    }

    static LocalDate dayMonth(LocalDate today, int day, int month, String year) {
        if (year != null) {
            return LocalDate.of(CalendarWords.year(year), month, day);
        }
        LocalDate date = LocalDate.of(today.getYear(), month, day);
        return date.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : date;
    }

    static LocalDate dayOfMonth(LocalDate today, int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day " + day);
        }
        LocalDate month = today.withDayOfMonth(1);
        for (int i = 0; i < 14; i++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate date = month.withDayOfMonth(day);
                if (!date.isBefore(today)) {
                    return date;
                }
            }
        }
        throw new IllegalArgumentException("day " + day);
    }

    static LocalDate weekdayAndDay(LocalDate today, DayOfWeek weekday, int day) {
        LocalDate month = today.withDayOfMonth(1);
        for (int i = 0; i < 60; i++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate date = month.withDayOfMonth(day);
                if (!date.isBefore(today) && date.getDayOfWeek() == weekday) {
                    return date;
                }
            }
        }
        throw new IllegalArgumentException("day " + day);
    }

    static LocalDate nthWeekday(LocalDate monthStart, DayOfWeek weekday, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ordinal " + n);
        }
        return monthStart.with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(n - 1L);
    }

    static LocalDate lastWeekday(LocalDate monthStart, DayOfWeek weekday) {
        return monthStart.with(TemporalAdjusters.lastInMonth(weekday));
    }

    /** The n-th Monday-to-Sunday week lying wholly in the month; -1 for the last one. */
    static LocalDate containedWeek(LocalDate monthStart, int n) {
        if (n == -1) {
            LocalDate lastSunday = monthStart.plusMonths(1).minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            return lastSunday.minusDays(6);
        }
        return nthWeekday(monthStart, DayOfWeek.MONDAY, n);
    }

    static LocalDate inWeek(LocalDate today, int weekOffset, DayOfWeek weekday) {
        return today.with(DayOfWeek.MONDAY).plusWeeks(weekOffset).with(weekday);
    }

    static LocalDate next(LocalDate today, DayOfWeek weekday) {
        return today.with(TemporalAdjusters.next(weekday));
    }

    static LocalDate nextOrSame(LocalDate today, DayOfWeek weekday) {
        return today.with(TemporalAdjusters.nextOrSame(weekday));
    }

    static LocalDate previous(LocalDate today, DayOfWeek weekday) {
        return today.with(TemporalAdjusters.previous(weekday));
    }
}
