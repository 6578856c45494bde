package nova.assistant.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.time.TimeReading;

/**
 * Turns a time reading into the action's slot, window or original, with the booking meaning of the contract:
 * parts of the day use the contract's hours (matin 08-12...), narrowed to the clinic's opening hours when they
 * overlap them; "après 16h" runs to closing, "avant 10h" from opening; "la semaine prochaine" is the clinic's next
 * working week.
 */
final class BookingTimes {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** A day range with the part of each day wanted; {@code daily} is false when the whole opening day is meant. */
    private record Span(LocalDate first, LocalDate last, LocalTime from, LocalTime to, boolean daily) {
    }

    /** A precise start, moved to the afternoon when "à 2h" can only mean 14:00 in opening hours. */
    LocalDateTime start(TimeReading reading, AssistantContext context, LocalDate defaultDay) {
        LocalDateTime at = reading.at();
        if (!reading.dayNamed() && defaultDay != null) {
            at = defaultDay.atTime(at.toLocalTime());
        }
        LocalTime time = at.toLocalTime();
        if (time.getHour() < 12 && time.isBefore(context.opening()) && !time.plusHours(12).isBefore(context.opening())
                && time.plusHours(12).isBefore(context.closing())) {
            at = at.plusHours(12);
        }
        return at;
    }

    AssistantAction.Slot slot(LocalDateTime start, int minutes, ZoneId zone) {
        return new AssistantAction.Slot(iso(start, zone), iso(start.plusMinutes(minutes), zone), minutes);
    }

    AssistantAction.Window window(TimeReading reading, AssistantContext context, LocalDate defaultDay) {
        Span span = span(reading, context, defaultDay);
        ZoneId zone = context.zone();
        boolean severalDays = span.last().isAfter(span.first());
        return new AssistantAction.Window(iso(at(span.first(), span.from()), zone), iso(at(span.last(), span.to()), zone),
                severalDays && span.daily() ? span.from().format(HH_MM) : null,
                severalDays && span.daily() ? span.to().format(HH_MM) : null);
    }

    /** Which appointment is meant: a minute for a precise time, whole days for days, the window otherwise. */
    AssistantAction.Original original(TimeReading reading, AssistantContext context, LocalDate defaultDay) {
        ZoneId zone = context.zone();
        if (reading.precise()) {
            LocalDateTime start = start(reading, context, defaultDay);
            return new AssistantAction.Original(iso(start, zone), iso(start.plusMinutes(1), zone));
        }
        Span span = span(reading, context, defaultDay);
        if (!span.daily()) {
            return new AssistantAction.Original(iso(span.first().atStartOfDay(), zone),
                    iso(span.last().plusDays(1).atStartOfDay(), zone));
        }
        return new AssistantAction.Original(iso(at(span.first(), span.from()), zone), iso(at(span.last(), span.to()), zone));
    }

    private Span span(TimeReading r, AssistantContext context, LocalDate defaultDay) {
        LocalTime opening = context.opening();
        LocalTime closing = context.closing();
        LocalTime from = opening;
        LocalTime to = closing;
        boolean daily = true;
        if (r.part() != null) {
            from = r.part().bookingStart();
            to = r.part().bookingEnd();
        } else if (r.clockFrom() != null) {
            from = afternoon(r.clockFrom(), context);
            to = r.clockTo();
            if (!to.isAfter(from) && to.getHour() < 12) {
                to = to.plusHours(12);
            }
        } else if (r.after() != null) {
            from = afternoon(r.after(), context);
        } else if (r.before() != null) {
            to = r.before();
        } else {
            daily = false;
        }
        if (daily && !from.isBefore(to)) {
            // "après 16h" in a clinic closing at 16:00, "avant 8h" in one opening at 8:00: keep the words' side.
            if (r.after() != null) {
                to = LocalTime.MAX;
            } else {
                from = LocalTime.MIDNIGHT;
            }
        }
        if (daily) {
            LocalTime narrowedFrom = from.isBefore(opening) ? opening : from;
            LocalTime narrowedTo = to.isAfter(closing) ? closing : to;
            if (narrowedFrom.isBefore(narrowedTo)) {
                from = narrowedFrom;
                to = narrowedTo;
            }
        }
        LocalDate first;
        LocalDate last;
        if (r.weekOffset() != null) {
            LocalDate weekStart = clinicWeekStart(context.now().toLocalDate(), context).plusWeeks(r.weekOffset());
            first = firstWorkingDay(weekStart, context);
            last = lastWorkingDay(weekStart, context);
        } else if (r.firstDay() != null && r.dayNamed()) {
            first = r.firstDay();
            last = r.lastDay() == null ? first : r.lastDay();
        } else if (defaultDay != null) {
            first = defaultDay;
            last = defaultDay;
        } else {
            LocalDate today = context.now().toLocalDate();
            boolean over = !context.now().toLocalTime().isBefore(to.equals(LocalTime.MAX) ? LocalTime.MAX : to);
            first = over ? today.plusDays(1) : today;
            last = first;
        }
        return new Span(first, last, from, to, daily);
    }

    /** "entre 2h et 4h" in a clinic opening at 8 means the afternoon. */
    private static LocalTime afternoon(LocalTime time, AssistantContext context) {
        if (time.getHour() < 12 && time.isBefore(context.opening()) && time.plusHours(12).isBefore(context.closing())) {
            return time.plusHours(12);
        }
        return time;
    }

    /** The clinic's week starts on its first working day after a closed day (Sunday in Algiers, Monday in Mali). */
    static LocalDate clinicWeekStart(LocalDate today, AssistantContext context) {
        DayOfWeek start = DayOfWeek.MONDAY;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (context.workingDays().contains(day) && !context.workingDays().contains(day.minus(1))) {
                start = day;
                break;
            }
        }
        LocalDate date = today;
        while (date.getDayOfWeek() != start) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static LocalDate firstWorkingDay(LocalDate weekStart, AssistantContext context) {
        for (int i = 0; i < 7; i++) {
            if (context.workingDays().contains(weekStart.plusDays(i).getDayOfWeek())) {
                return weekStart.plusDays(i);
            }
        }
        return weekStart;
    }

    private static LocalDate lastWorkingDay(LocalDate weekStart, AssistantContext context) {
        for (int i = 6; i >= 0; i--) {
            if (context.workingDays().contains(weekStart.plusDays(i).getDayOfWeek())) {
                return weekStart.plusDays(i);
            }
        }
        return weekStart.plusDays(6);
    }

    private static LocalDateTime at(LocalDate day, LocalTime time) {
        return time.equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay() : day.atTime(time);
    }

    static String iso(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime().format(ISO);
    }
}
