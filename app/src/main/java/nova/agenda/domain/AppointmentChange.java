package nova.agenda.domain;

import java.time.Instant;

/** One line of an appointment's history as the appointment card shows it: who changed what, and when. */
public record AppointmentChange(Instant at, String username, String kind, AppointmentStatus from,
                                AppointmentStatus to, String details) {
}
