package nova.ui.support;

/**
 * A refusal the user must read as is (wrong password, invalid patient, double booking): its message is French.
 * Screens show it inline; anything else is an unexpected failure shown with a generic message.
 */
public final class UserMessageException extends Exception {

    public UserMessageException(String frenchMessage) {
        super(frenchMessage);
    }

    public UserMessageException(String frenchMessage, Throwable cause) {
        super(frenchMessage, cause);
    }
}
