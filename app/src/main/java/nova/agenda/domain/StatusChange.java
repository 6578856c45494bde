package nova.agenda.domain;

import java.time.Instant;

/**
 * One line of an appointment's status history. {@code from} is null for the booking itself. An undo is recorded
 * as a change of its own ({@code undo} true) so the history stays append-only.
 */
public record StatusChange(AppointmentStatus from, AppointmentStatus to, Instant at, String userName, String reason,
                           boolean undo) {

    public static StatusChange booked(Instant at, String userName) {
        return new StatusChange(null, AppointmentStatus.BOOKED, at, userName, null, false);
    }
}
