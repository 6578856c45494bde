package nova.agenda.domain;

import java.time.ZonedDateTime;
import java.util.UUID;

/** A booking as the dialog, the assistant or the command line asks for it; durationMinutes 0 = the care type's. */
public record BookingRequest(UUID patientId, String careTypeCode, UUID practitionerId, UUID chairId,
                             ZonedDateTime start, int durationMinutes, String notes, String source) {
}
