package nova.consultation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A consultation as a form fills it in. {@code id} null means a new consultation; otherwise the existing one is
 * replaced by this content. {@code appointmentId} and {@code practitionerId} may be null (a walk-in seen from the
 * patient card). {@code seenAt} null means now.
 */
public record ConsultationDraft(UUID id, UUID patientId, UUID appointmentId, UUID practitionerId, Instant seenAt,
                                String reason, Vitals vitals, String examination, List<Diagnosis> diagnoses,
                                List<Procedure> procedures, List<Prescription> prescriptions, Referral referral) {

    public ConsultationDraft {
        vitals = vitals == null ? Vitals.NONE : vitals;
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        prescriptions = prescriptions == null ? List.of() : List.copyOf(prescriptions);
    }
}
