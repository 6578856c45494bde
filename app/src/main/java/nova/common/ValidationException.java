package nova.common;

/** Input a user can fix; the message is French and shown as it is. */
public class ValidationException extends RuntimeException {

    public ValidationException(String frenchMessage) {
        super(frenchMessage);
    }
}
