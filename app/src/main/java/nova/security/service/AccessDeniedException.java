package nova.security.service;

/** A login refused; the message is French and safe to show (it never says which of user or password was wrong). */
public final class AccessDeniedException extends Exception {

    public AccessDeniedException(String frenchMessage) {
        super(frenchMessage);
    }
}
