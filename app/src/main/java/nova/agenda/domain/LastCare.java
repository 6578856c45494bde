package nova.agenda.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The last time a patient received a care type (a DONE appointment); the input of the recall list. */
public record LastCare(UUID patientId, String patientName, String patientPhone, String careTypeCode,
                       LocalDate lastDone) {
}
