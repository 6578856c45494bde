package nova.ui.agenda;

import java.time.LocalDate;
import java.time.LocalTime;

/** The user double-clicked an empty slot: book at this column, date and time (on a 15-minute step). */
public record SlotRequest(Object columnKey, LocalDate date, LocalTime time) {
}
