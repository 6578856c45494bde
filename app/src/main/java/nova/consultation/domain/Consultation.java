package nova.consultation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded consultation with its clinical content, as a practitioner or an administrator reads it. */
public record Consultation(UUID id, UUID patientId, UUID appointmentId, UUID practitionerId, String author,
                           Instant seenAt, String reason, Vitals vitals, String examination,
                           List<Diagnosis> diagnoses, List<Procedure> procedures, List<Prescription> prescriptions,
                           Referral referral, Instant updatedAt) {

    public Consultation {
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
        prescriptions = List.copyOf(prescriptions);
    }

    /** The same content as a form starts from when the consultation is reopened. */
    public ConsultationDraft toDraft() {
        return new ConsultationDraft(id, patientId, appointmentId, practitionerId, seenAt, reason, vitals,
                examination, diagnoses, procedures, prescriptions, referral);
    }
}
