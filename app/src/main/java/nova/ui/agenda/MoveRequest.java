package nova.ui.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import nova.agenda.domain.AppointmentView;

/**
 * The user dropped an appointment (or dragged its bottom edge): the column it landed in (a chair, a practitioner
 * or, in the week, a date), its new day and start on a 15-minute step, and its duration in minutes.
 */
public record MoveRequest(AppointmentView item, Object columnKey, LocalDate date, LocalTime start,
                          int durationMinutes) {
}
