package nova.ui.assistant;

import java.time.LocalDate;
import java.time.LocalTime;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;

/** What the assistant hands to the booking dialog: any value may be null (the dialog keeps its default). */
public record BookingPrefill(String patientSearch, CareType careType, LocalDate date, LocalTime time, Chair chair,
                             Practitioner practitioner) {
}
