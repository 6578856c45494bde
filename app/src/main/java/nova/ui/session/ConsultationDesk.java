package nova.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.ConsultationLine;
import nova.consultation.domain.Referral;
import nova.referral.domain.ReferralSite;
import nova.referral.domain.SentReferralState;
import nova.ui.support.UserMessageException;

/**
 * Consultations as the screens use them. The service behind checks the role again: hiding a button is a courtesy,
 * not the protection. Calls block: run them through a BackgroundTask.
 */
public interface ConsultationDesk {

    /** Whether the logged-in user may read clinical content (practitioners, administrators). */
    boolean mayRead();

    /** Whether the logged-in user may record consultations. */
    boolean mayWrite();

    /** A patient's consultations, most recent first; summaries empty for a user who may not read them. */
    List<ConsultationLine> historyOf(UUID patientId);

    Optional<ConsultationLine> forAppointment(UUID appointmentId);

    /** @throws UserMessageException when the user may not read it, or it no longer exists */
    Consultation open(UUID id) throws UserMessageException;

    /** @throws UserMessageException with the French reason of a refusal (validation, role) */
    Consultation save(ConsultationDraft draft) throws UserMessageException;

    /** The ordonnance of a saved consultation as PDF bytes. */
    byte[] ordonnance(UUID consultationId) throws UserMessageException;

    /** The other NOVA sites a referral can be sent to (kept from the last synchronisation); none without a hub. */
    default List<ReferralSite> referralDestinations() {
        return List.of();
    }

    /** The addressee's answer to a referral this site sent; empty for a destination in free text. */
    default Optional<SentReferralState> referralAnswer(Referral referral) {
        return Optional.empty();
    }
}
