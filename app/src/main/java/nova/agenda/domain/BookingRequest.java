package nova.agenda.domain;

import java.time.ZonedDateTime;
import java.util.UUID;

import nova.clinic.domain.CareType;

/** A booking as the dialog, the assistant or the command line asks for it; durationMinutes 0 = the care type's. */
public record BookingRequest(UUID patientId, String careTypeCode, UUID practitionerId, UUID chairId,
                             ZonedDateTime start, int durationMinutes, String notes, String source) {

    /** The asked duration, or the care type's default when none was given (0). */
    public int effectiveDurationMinutes(CareType careType) {
        return durationMinutes > 0 ? durationMinutes : careType.durationMinutes();
    }

    public ZonedDateTime end(CareType careType) {
        return start.plusMinutes(effectiveDurationMinutes(careType));
    }
}
