package nova.agenda.domain;

import java.time.ZonedDateTime;
import java.util.UUID;

/** An appointment as screens and commands show it, with times in the clinic's zone. */
public record AppointmentView(
        UUID id,
        UUID patientId,
        String patientName,
        String patientPhone,
        String careTypeCode,
        String careTypeLabel,
        String colorHex,
        UUID practitionerId,
        String practitionerName,
        UUID chairId,
        String chairName,
        ZonedDateTime start,
        ZonedDateTime end,
        AppointmentStatus status,
        String notes) {
}
