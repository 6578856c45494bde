package nova.ui.session;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentChange;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.ui.support.UserMessageException;

/** What the agenda screens ask of the agenda service. Calls block: run them through a BackgroundTask. */
public interface AppointmentBook {

    List<AppointmentView> day(LocalDate date);

    List<AppointmentView> range(LocalDate from, LocalDate toExclusive);

    /** @throws UserMessageException when the service refuses (overlap, closed hours), with its French reason */
    AppointmentView book(BookingRequest request) throws UserMessageException;

    /** The appointment's history, oldest first (who changed what, and when). */
    List<AppointmentChange> history(UUID appointmentId);

    /** Another chair, practitioner, time and/or duration; refused (French reason) like a booking. */
    AppointmentView move(UUID id, UUID chairId, UUID practitionerId, ZonedDateTime start, int durationMinutes)
            throws UserMessageException;

    /** @throws UserMessageException when the transition is not allowed (or a cancellation has no reason) */
    AppointmentView changeStatus(UUID id, AppointmentStatus to, String reason) throws UserMessageException;

    /** Undoes the latest status change still in effect. */
    AppointmentView undoStatus(UUID id) throws UserMessageException;

    /** The earliest free slots (the walk-in queue asks for the first free chair from now). */
    List<nova.agenda.domain.SlotProposal> findSlots(nova.agenda.domain.SlotQuery query);

    /** The blockouts that overlap [from, toExclusive), by start: everyone sees them in the grid. */
    List<nova.agenda.domain.Blockout> blockouts(LocalDate from, LocalDate toExclusive);

    /**
     * When the clinic and each chair or practitioner can be booked (hours, breaks, closing days, holidays), as the
     * booking rules use it: the grid shades the rest.
     */
    nova.agenda.domain.WorkingSchedule schedule();

    /** A patient's appointments, past and future, newest first. */
    List<AppointmentView> forPatient(UUID patientId);

    /**
     * The days of [from, toExclusive) the clinic is closed (public holidays, closing periods), each with the French
     * reason shown in the agenda.
     */
    default java.util.Map<LocalDate, String> closedDays(LocalDate from, LocalDate toExclusive) {
        return java.util.Map.of();
    }
}
