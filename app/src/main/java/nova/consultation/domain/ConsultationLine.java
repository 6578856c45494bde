package nova.consultation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One past consultation in a patient's history. {@code summary} (motif and diagnoses) is null for a user who may
 * not read clinical content: the reception sees that a visit took place, not what was found.
 */
public record ConsultationLine(UUID id, UUID appointmentId, Instant seenAt, UUID practitionerId, String author,
                               String summary) {
}
