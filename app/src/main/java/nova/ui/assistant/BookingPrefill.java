package nova.ui.assistant;

import java.time.LocalDate;
import java.time.LocalTime;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;

/**
 * What the assistant hands to the booking dialog: any value may be null (the dialog keeps its default). The name
 * and phone also fill the new-patient form, for a caller who is not in the file yet.
 */
public record BookingPrefill(String patientSearch, String patientName, String patientPhone, CareType careType, LocalDate date, LocalTime time, Chair chair,
                             Practitioner practitioner) {
}
