package nova.consultation.service;

import nova.common.ValidationException;

/** A user whose role does not allow it tried to read or write clinical content; the message is French. */
public final class ClinicalAccessDeniedException extends ValidationException {

    public ClinicalAccessDeniedException(String frenchMessage) {
        super(frenchMessage);
    }
}
