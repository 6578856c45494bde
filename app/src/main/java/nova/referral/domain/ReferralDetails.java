package nova.referral.domain;

import java.util.List;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Vitals;

/**
 * A received referral opened: the list's line, and its clinical part (diagnoses, constants) only for a user who
 * may read clinical content ({@code clinicalShown} false otherwise: the reception books, it does not read).
 */
public record ReferralDetails(ReceivedReferral referral, boolean clinicalShown, List<Diagnosis> diagnoses,
                              Vitals vitals) {

    public ReferralDetails {
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        vitals = vitals == null ? Vitals.NONE : vitals;
    }
}
