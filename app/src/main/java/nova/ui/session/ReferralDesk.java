package nova.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.patient.domain.PatientSummary;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.referral.domain.ReferralProgress;
import nova.ui.support.UserMessageException;

/**
 * The referrals other NOVA sites addressed to this one, as the « Orientations reçues » tab uses them. Calls
 * block: run them through a BackgroundTask.
 */
public interface ReferralDesk {

    /** Most recent first. */
    List<ReceivedReferral> received();

    /** Opens one (the sender then sees « vue »); the clinical part only for a user who may read it. */
    ReferralDetails open(UUID id) throws UserMessageException;

    /** « Marquer comme reçue / traitée »: the answer goes back to the sender. */
    ReceivedReferral mark(UUID id, ReferralProgress step) throws UserMessageException;

    /** A patient of this site by id (the one a referral was linked to); empty if it is gone. */
    Optional<PatientSummary> patientOf(UUID patientId);

    /** Remembers the patient record of this site the referral concerns. */
    ReceivedReferral linkPatient(UUID id, UUID patientId) throws UserMessageException;
}
