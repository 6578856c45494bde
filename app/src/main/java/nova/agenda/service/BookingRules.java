package nova.agenda.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.Holiday;
import nova.agenda.domain.WeeklyHours;
import nova.agenda.domain.WorkingSchedule;

/**
 * Checks a candidate appointment (new, moved, lengthened, or restored by an undo) against the schedule and what is
 * already booked. Never throws for a business refusal: everything comes back in a {@link BookingCheck} with French
 * messages naming the other appointment. The candidate's own id is ignored among existing appointments, so a
 * reschedule does not collide with itself.
 */
public final class BookingRules {

    private final WorkingSchedule schedule;
    private final DoubleBookingPolicy policy;
    private final Clock clock;

    /** Rules without a clock: a booking in the past is not flagged. */
    public BookingRules(WorkingSchedule schedule, DoubleBookingPolicy policy) {
        this(schedule, policy, null);
    }

    /** With a clock, a booking that starts in the past gets a warning (entering a walk-in after the fact is fine). */
    public BookingRules(WorkingSchedule schedule, DoubleBookingPolicy policy, Clock clock) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.policy = policy == null ? DoubleBookingPolicy.defaultPolicy() : policy;
        this.clock = clock;
    }

    public DoubleBookingPolicy policy() {
        return policy;
    }

    /**
     * @param candidate the appointment as it would be saved (its chairName and practitionerName are used in
     *                  messages about its own resources)
     * @param busy      current appointments and blockouts
     */
    public BookingCheck check(AppointmentView candidate, BusyIndex busy) {
        synchronized (busy) {
            return checkLocked(candidate, busy);
        }
    }

    private BookingCheck checkLocked(AppointmentView candidate, BusyIndex busy) {
        List<BookingIssue> errors = new ArrayList<>();
        List<BookingIssue> warnings = new ArrayList<>();
        ZoneId zone = schedule.zone();
        if (candidate.start() == null || candidate.end() == null || !candidate.end().isAfter(candidate.start())) {
            errors.add(issue(BookingIssue.Code.INVALID_TIME, AgendaText.get("booking.invalidTime"), null));
            return new BookingCheck(errors, warnings);
        }
        ZonedDateTime start = candidate.start().withZoneSameInstant(zone);
        ZonedDateTime end = candidate.end().withZoneSameInstant(zone);
        LocalDate date = start.toLocalDate();
        boolean endsAtMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalDate().equals(date.plusDays(1));
        if (!end.toLocalDate().equals(date) && !endsAtMidnight) {
            errors.add(issue(BookingIssue.Code.INVALID_TIME, AgendaText.get("booking.multiDay"), null));
            return new BookingCheck(errors, warnings);
        }
        int fromMinute = start.getHour() * 60 + start.getMinute();
        int toMinute = endsAtMidnight ? ClockRange.END_OF_DAY : end.getHour() * 60 + end.getMinute();

        checkCalendar(date, fromMinute, toMinute, candidate, errors);
        checkBlockouts(candidate, busy, errors);
        checkOverlaps(candidate, busy, policy == DoubleBookingPolicy.REFUSE ? errors : warnings);
        checkSamePatientDay(candidate, busy, date, warnings);
        if (clock != null && start.toInstant().isBefore(clock.instant())) {
            warnings.add(issue(BookingIssue.Code.IN_THE_PAST, AgendaText.get("booking.inThePast",
                    AgendaText.day(date), AgendaText.TIME.format(start)), null));
        }
        return new BookingCheck(errors, warnings);
    }

    /**
     * A blockout where it would be placed (drawn, pasted or moved in the grid): refused, with the booking rules'
     * own French texts, over a holiday, a closing day, outside its resource's hours (the clinic's for a clinic-wide
     * one), over another blockout of the same scope or over an appointment holding the time. The blockout's own id
     * must not be in {@code busy} (a moved blockout does not collide with itself). An appointment under it
     * always refuses it, whatever the double-booking policy. A blockout spanning several days (a leave) is
     * only checked against appointments: its nights are necessarily outside the hours.
     *
     * @param resourceName   the chair's or practitioner's name, for the messages (null for the whole clinic)
     * @param practitioner   whether the resource is a practitioner (else a chair or room)
     * @param appointments   for a clinic-wide blockout, the appointments overlapping it (any chair)
     */
    public BookingCheck checkBlockout(Blockout blockout, String resourceName, boolean practitioner, BusyIndex busy,
                                      List<AppointmentView> appointments) {
        synchronized (busy) {
            ZoneId zone = schedule.zone();
            UUID resource = blockout.resourceId();
            AppointmentView candidate = new AppointmentView(blockout.id(), null, null, null, "", blockout.reason(),
                    null, practitioner ? resource : null, practitioner ? resourceName : null,
                    practitioner ? null : resource, practitioner ? null : resourceName,
                    blockout.start().atZone(zone), blockout.end().atZone(zone),
                    nova.agenda.domain.AppointmentStatus.BOOKED, null);
            List<BookingIssue> errors = new ArrayList<>();
            ZonedDateTime start = candidate.start();
            ZonedDateTime end = candidate.end();
            LocalDate date = start.toLocalDate();
            boolean endsAtMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT)
                    && end.toLocalDate().equals(date.plusDays(1));
            if (end.toLocalDate().equals(date) || endsAtMidnight) {
                int fromMinute = start.getHour() * 60 + start.getMinute();
                int toMinute = endsAtMidnight ? ClockRange.END_OF_DAY : end.getHour() * 60 + end.getMinute();
                checkCalendar(date, fromMinute, toMinute, candidate, errors);
            }
            checkBlockouts(candidate, busy, errors);
            checkOverlaps(candidate, busy, errors);
            if (blockout.wholeClinic()) {
                for (AppointmentView other : appointments) {
                    if (other.status() != null && !other.status().occupiesTime()) {
                        continue;
                    }
                    if (!other.start().toInstant().isBefore(blockout.end())
                            || !other.end().toInstant().isAfter(blockout.start())) {
                        continue;
                    }
                    ChairWording chair = ChairWording.of(nameOr(other.chairName(), "Le fauteuil"));
                    errors.add(issue(BookingIssue.Code.CHAIR_OVERLAP, AgendaText.get("booking.chairTaken",
                            chair.subject(), chair.taken(), AgendaText.period(other.start(), other.end(), zone),
                            nameOr(other.patientName(), "un autre patient"),
                            AgendaText.inParentheses(careLabel(other))), other.id()));
                }
            }
            return new BookingCheck(errors, List.of());
        }
    }

    private void checkCalendar(LocalDate date, int fromMinute, int toMinute, AppointmentView c,
                               List<BookingIssue> errors) {
        Optional<Holiday> holiday = schedule.holidayOn(date);
        if (holiday.isPresent()) {
            errors.add(issue(BookingIssue.Code.HOLIDAY,
                    AgendaText.get("booking.holiday", AgendaText.day(date), holiday.get().name()), null));
            return;
        }
        Optional<String> closing = schedule.closingReason(date);
        if (closing.isPresent()) {
            errors.add(issue(BookingIssue.Code.CLOSING_DAY,
                    AgendaText.get("booking.closed", AgendaText.day(date), AgendaText.inParentheses(closing.get())),
                    null));
            return;
        }
        boolean chairOwn = schedule.hasOwnHours(c.chairId());
        boolean practitionerOwn = schedule.hasOwnHours(c.practitionerId());
        boolean clinicReported = false;
        if (c.chairId() != null) {
            clinicReported |= checkHours(c.chairId(), chairOwn, c.chairName(), date, fromMinute, toMinute, false,
                    errors);
        }
        if (c.practitionerId() != null) {
            checkHours(c.practitionerId(), practitionerOwn, c.practitionerName(), date, fromMinute, toMinute,
                    clinicReported, errors);
        }
        if (c.chairId() == null && c.practitionerId() == null) {
            checkHours(null, false, null, date, fromMinute, toMinute, false, errors);
        }
    }

    /** Returns true when it reported the clinic's own hours (so the second resource does not repeat it). */
    private boolean checkHours(UUID resource, boolean ownHours, String name, LocalDate date, int fromMinute,
                               int toMinute, boolean clinicAlreadyReported, List<BookingIssue> errors) {
        WeeklyHours hours = schedule.hoursOf(resource);
        if (hours.covers(date.getDayOfWeek(), fromMinute, toMinute)) {
            return false;
        }
        if (!ownHours && clinicAlreadyReported) {
            return true;
        }
        List<ClockRange> ranges = hours.on(date.getDayOfWeek());
        String rangesText = ranges.stream().map(ClockRange::toString).collect(Collectors.joining(", "));
        String day = AgendaText.day(date);
        String message;
        if (!ownHours) {
            message = ranges.isEmpty() ? AgendaText.get("booking.clinicNotOpen", day)
                    : AgendaText.get("booking.clinicOutsideHours", day, ClockRange.format(fromMinute),
                    ClockRange.format(toMinute), rangesText);
        } else {
            String who = name == null || name.isBlank() ? "Cette ressource" : name;
            message = ranges.isEmpty() ? AgendaText.get("booking.resourceNotWorking", who, day)
                    : AgendaText.get("booking.resourceOutsideHours", who, day, ClockRange.format(fromMinute),
                    ClockRange.format(toMinute), rangesText);
        }
        errors.add(issue(BookingIssue.Code.OUTSIDE_HOURS, message, null));
        return !ownHours;
    }

    private void checkBlockouts(AppointmentView c, BusyIndex busy, List<BookingIssue> errors) {
        ZoneId zone = schedule.zone();
        var from = c.start().toInstant();
        var to = c.end().toInstant();
        for (BusyEntry e : busy.clinicBlockoutsOverlapping(from, to)) {
            Blockout b = e.blockout();
            errors.add(issue(BookingIssue.Code.BLOCKOUT, AgendaText.get("booking.clinicBlockout",
                    AgendaText.period(b.start().atZone(zone), b.end().atZone(zone), zone),
                    AgendaText.inParentheses(b.reason())), b.id()));
        }
        if (c.chairId() != null) {
            ChairWording chair = ChairWording.of(c.chairName());
            for (BusyEntry e : busy.blockoutsOverlapping(c.chairId(), from, to)) {
                Blockout b = e.blockout();
                errors.add(issue(BookingIssue.Code.BLOCKOUT, AgendaText.get("booking.blockout", chair.subject(),
                        chair.blocked(), AgendaText.period(b.start().atZone(zone), b.end().atZone(zone), zone),
                        AgendaText.inParentheses(b.reason())), b.id()));
            }
        }
        if (c.practitionerId() != null && !c.practitionerId().equals(c.chairId())) {
            for (BusyEntry e : busy.blockoutsOverlapping(c.practitionerId(), from, to)) {
                Blockout b = e.blockout();
                errors.add(issue(BookingIssue.Code.BLOCKOUT, AgendaText.get("booking.practitionerBlockout",
                        nameOr(c.practitionerName(), "Le praticien"),
                        AgendaText.period(b.start().atZone(zone), b.end().atZone(zone), zone),
                        AgendaText.inParentheses(b.reason())), b.id()));
            }
        }
    }

    private void checkOverlaps(AppointmentView c, BusyIndex busy, List<BookingIssue> sink) {
        ZoneId zone = schedule.zone();
        var from = c.start().toInstant();
        var to = c.end().toInstant();
        if (c.chairId() != null) {
            for (BusyEntry e : busy.appointmentsOverlapping(c.chairId(), from, to)) {
                AppointmentView other = e.appointment();
                if (other.id().equals(c.id()) || !c.chairId().equals(other.chairId())) {
                    continue;
                }
                ChairWording chair = ChairWording.of(nameOr(other.chairName(), c.chairName()));
                sink.add(issue(BookingIssue.Code.CHAIR_OVERLAP, AgendaText.get("booking.chairTaken",
                        chair.subject(), chair.taken(), AgendaText.period(other.start(), other.end(), zone),
                        nameOr(other.patientName(), "un autre patient"),
                        AgendaText.inParentheses(careLabel(other))), other.id()));
            }
        }
        if (c.practitionerId() != null) {
            for (BusyEntry e : busy.appointmentsOverlapping(c.practitionerId(), from, to)) {
                AppointmentView other = e.appointment();
                if (other.id().equals(c.id()) || !c.practitionerId().equals(other.practitionerId())) {
                    continue;
                }
                sink.add(issue(BookingIssue.Code.PRACTITIONER_OVERLAP, AgendaText.get("booking.practitionerTaken",
                        nameOr(nameOr(other.practitionerName(), c.practitionerName()), "Le praticien"),
                        AgendaText.period(other.start(), other.end(), zone),
                        nameOr(other.patientName(), "un autre patient"),
                        AgendaText.inParentheses(careLabel(other))), other.id()));
            }
        }
    }

    private void checkSamePatientDay(AppointmentView c, BusyIndex busy, LocalDate date, List<BookingIssue> warnings) {
        if (c.patientId() == null) {
            return;
        }
        ZoneId zone = schedule.zone();
        var dayStart = date.atStartOfDay(zone).toInstant();
        var dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        for (BusyEntry e : busy.patientAppointments(c.patientId(), dayStart, dayEnd)) {
            AppointmentView other = e.appointment();
            if (other.id().equals(c.id())) {
                continue;
            }
            String detail = java.util.stream.Stream.of(careLabel(other), other.chairName())
                    .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
            warnings.add(issue(BookingIssue.Code.SAME_PATIENT_SAME_DAY, AgendaText.get("booking.samePatientDay",
                    nameOr(nameOr(c.patientName(), other.patientName()), "Ce patient"),
                    AgendaText.TIME.format(other.start().withZoneSameInstant(zone)),
                    AgendaText.inParentheses(detail)), other.id()));
        }
    }

    private static String careLabel(AppointmentView a) {
        return a.careTypeLabel() != null && !a.careTypeLabel().isBlank() ? a.careTypeLabel() : a.careTypeCode();
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private static BookingIssue issue(BookingIssue.Code code, String message, UUID otherId) {
        return new BookingIssue(code, message, otherId);
    }
}
