package nova.assistant.service.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Combines the pieces a {@link Scan} found into one reading: a day, then a clock, a range or a part of it. */
final class TimeComposer {

    /** What may stand between "après" and the time it governs. */
    private static final Pattern FILLER = Pattern.compile(
            "^(?:\\s|\\b(?:le|la|les|l'|du|de|des|d'|a|au|vers|environ|ce|cet|que|d))*$");

    private final Scan s;

    TimeComposer(Scan scan) {
        this.s = scan;
    }

    TimeReading compose() {
        TimeReading reading = composePieces();
        Scan.Day day = s.days.stream().min(Comparator.comparingInt(Scan.Day::pos)).orElse(null);
        if (day != null && day.weekOffset() != null && reading.weekOffset() == null && reading.reference() != (s.ready == null ? null : s.ready.reference())) {
            // "semaine prochaine après 14h": the week stays a relative week, so booking can use the clinic's own.
            return new TimeReading(reading.reference(), reading.firstDay(), reading.lastDay(), day.weekOffset(),
                    reading.at(), reading.clockFrom(), reading.clockTo(), reading.part(), reading.after(),
                    reading.before(), reading.dayNamed());
        }
        return reading;
    }

    private TimeReading composePieces() {
        boolean pieces = !s.days.isEmpty() || !s.clocks.isEmpty() || !s.ranges.isEmpty() || !s.parts.isEmpty();
        TimeReading ready = s.ready;
        if (ready != null && ready.at() == null && ready.firstDay() != null && ready.firstDay().equals(ready.lastDay())
                && s.days.isEmpty() && pieces) {
            // "dans 3 jours le matin": the shift names a day that the clock or part of day then narrows.
            s.day(0, ready.firstDay());
            ready = null;
        }
        if (ready != null && !(pieces && "after".equals(ready.reference().kind()))) {
            return ready;
        }
        Scan.Day day = s.days.stream().min(Comparator.comparingInt(Scan.Day::pos)).orElse(null);
        Scan.Part part = s.parts.stream().min(Comparator.comparingInt(Scan.Part::pos)).orElse(null);
        PartOfDay partOfDay = part == null ? null : part.part();
        if (!s.ranges.isEmpty()) {
            return range(s.ranges.getFirst(), day, partOfDay);
        }
        Scan.At clock = s.clocks.stream().min(Comparator.comparingInt(Scan.At::pos)).orElse(null);
        if (clock != null) {
            Scan.Side side = markOn(clock.pos());
            return side == null ? instant(clock.clock(), day, partOfDay) : open(side, clock.clock(), day, partOfDay);
        }
        if (day != null) {
            Scan.Side side = markOn(day.pos());
            if (side == Scan.Side.AFTER) {
                return reading(TimeReference.after(start(day.from()), day.grain()), day.from(),
                        day.from().plusDays(6), null, null, null, partOfDay, null, null);
            }
            if (side == Scan.Side.BEFORE) {
                return reading(TimeReference.before(start(day.from()), day.grain()), s.today,
                        day.from().minusDays(1), null, null, null, partOfDay, null, null);
            }
        }
        if (partOfDay != null && (day == null || !spansDays(day))) {
            LocalDate date = day == null ? s.today : day.from();
            TimeReference ref = TimeReference.interval(s.at(date, partOfDay.plainStartHour()),
                    s.at(date, partOfDay.plainEndHour()), Grain.HOUR);
            return reading(ref, day == null ? null : date, day == null ? null : date, null, null, null, partOfDay,
                    null, null);
        }
        if (day != null) {
            TimeReference ref = day.interval()
                    ? TimeReference.interval(start(day.from()), start(day.toExclusive()), Grain.DAY)
                    : TimeReference.instant(start(day.from()), day.grain());
            return new TimeReading(ref, day.from(), day.toExclusive().minusDays(1), day.weekOffset(), null, null,
                    null, partOfDay, null, null, true);
        }
        return TimeReading.NONE;
    }

    private static boolean spansDays(Scan.Day day) {
        return day.toExclusive().isAfter(day.from().plusDays(1));
    }

    private TimeReading range(Scan.Range range, Scan.Day day, PartOfDay part) {
        ClockReader.Clock a = range.from();
        ClockReader.Clock b = range.to();
        if (part != null && part.afternoonClock() && a.hour() < 12 && b.hour() < 12) {
            a = a.plusHours(12);
            b = b.plusHours(12);
        }
        if (minutes(b) <= minutes(a) && b.hour() < 12) {
            b = b.plusHours(12);
        }
        LocalDate date = day == null ? s.today : day.from();
        Grain grain = Grain.finer(a.grain(), b.grain());
        ZonedDateTime start = zoned(date, a);
        ZonedDateTime end = zoned(date, b).plus(1, grain.unit());
        TimeReference ref = TimeReference.interval(start.toOffsetDateTime(), end.toOffsetDateTime(), grain);
        LocalDate first = day == null ? null : day.from();
        LocalDate last = day == null ? null : day.toExclusive().minusDays(1);
        return reading(ref, first, last, null, time(a), time(b), part, null, null);
    }

    private TimeReading instant(ClockReader.Clock clock, Scan.Day day, PartOfDay part) {
        ClockReader.Clock c = pm(clock, part);
        ZonedDateTime at;
        if (c.zone() != null) {
            LocalDate date = day == null ? s.today : day.from();
            at = OffsetDateTime.of(date, time(c), c.zone()).atZoneSameInstant(s.now.getZone());
        } else if (day != null) {
            at = zoned(day.from(), c);
        } else {
            at = zoned(s.today, c);
            if (at.isBefore(DateRules.truncate(s.now, c.grain()))) {
                at = zoned(s.today.plusDays(1), c);
            }
        }
        TimeReference ref = TimeReference.instant(at.toOffsetDateTime(), c.grain());
        LocalDateTime local = at.toLocalDateTime();
        return new TimeReading(ref, local.toLocalDate(), local.toLocalDate(), null, local, null, null, part, null,
                null, day != null);
    }

    private TimeReading open(Scan.Side side, ClockReader.Clock clock, Scan.Day day, PartOfDay part) {
        ClockReader.Clock c = pm(clock, part);
        LocalDate date = day == null ? s.today : day.from();
        ZonedDateTime at = zoned(date, c);
        LocalDate first = day == null ? null : day.from();
        LocalDate last = day == null ? null : day.toExclusive().minusDays(1);
        return switch (side) {
            case AFTER -> reading(TimeReference.after(at.toOffsetDateTime(), c.grain()), first, last, null, null,
                    null, part, time(c), null);
            case BEFORE -> reading(TimeReference.before(at.toOffsetDateTime(), c.grain()), first, last, null, null,
                    null, part, null, time(c));
            case UNTIL -> day == null
                    ? reading(TimeReference.before(at.toOffsetDateTime(), c.grain()), null, null, null, null, null,
                            part, null, time(c))
                    : reading(TimeReference.interval(start(date), at.plus(1, c.grain().unit()).toOffsetDateTime(),
                            c.grain()), first, last, null, null, null, part, null, time(c));
        };
    }

    /** "3 heures cet après-midi" is 15:00. */
    private static ClockReader.Clock pm(ClockReader.Clock clock, PartOfDay part) {
        if (part != null && part.afternoonClock() && clock.hour() < 12 && clock.hour() > 0) {
            return clock.plusHours(12);
        }
        return clock;
    }

    /** The side of an "après"/"avant"/"jusqu'à" that directly governs the piece starting at {@code pos}. */
    private Scan.Side markOn(int pos) {
        String text = s.text();
        for (Scan.Mark mark : s.marks) {
            if (mark.end() <= pos && FILLER.matcher(text.substring(mark.end(), pos)).matches()) {
                return mark.side();
            }
        }
        return null;
    }

    private TimeReading reading(TimeReference ref, LocalDate first, LocalDate last, LocalDateTime at,
                                LocalTime from, LocalTime to, PartOfDay part, LocalTime after, LocalTime before) {
        return new TimeReading(ref, first, last, null, at, from, to, part, after, before, first != null);
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(s.now.getZone()).toOffsetDateTime();
    }

    private ZonedDateTime zoned(LocalDate day, ClockReader.Clock clock) {
        return day.atTime(time(clock)).atZone(s.now.getZone());
    }

    private static LocalTime time(ClockReader.Clock clock) {
        return LocalTime.of(clock.hour(), clock.minute());
    }

    private static int minutes(ClockReader.Clock clock) {
        return clock.hour() * 60 + clock.minute();
    }
}
