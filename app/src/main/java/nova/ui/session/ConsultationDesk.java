package nova.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.ConsultationLine;
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
}
