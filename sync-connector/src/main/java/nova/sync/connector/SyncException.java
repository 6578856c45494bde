package nova.sync.connector;

/**
 * A sync operation failed as a whole (hub unreachable, connection lost, unreadable bundle). The message is
 * French, fit for the user; {@link #retryable()} tells whether trying again later can help. Items of a push
 * that failed this way were not acknowledged and stay in the outbox.
 */
public class SyncException extends RuntimeException {

    private final boolean retryable;

    public SyncException(String frenchMessage, boolean retryable, Throwable cause) {
        super(frenchMessage, cause);
        this.retryable = retryable;
    }

    public SyncException(String frenchMessage, boolean retryable) {
        this(frenchMessage, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
