package nova.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nova.consultation.domain.ReferralUrgency;

/**
 * A referral addressed to this site, as the list shows it: who sends whom, why and how urgently, and where it
 * stands here. {@code progressAt} is when it reached {@code progress} (null while new); {@code localPatientId}
 * is the patient record of this site it was linked to, if any.
 */
public record ReceivedReferral(UUID id, String fromSite, Instant referredAt, String practitioner,
                               ReferralUrgency urgency, String reason, String lastName, String firstName,
                               String sex, LocalDate birthDate, Integer birthYear, String phone,
                               ReferralProgress progress, Instant progressAt, boolean cancelled,
                               UUID localPatientId) {

    public String patientName() {
        return firstName == null || firstName.isBlank() ? lastName : lastName + " " + firstName;
    }

    public Integer birthYearKnown() {
        return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
    }
}
