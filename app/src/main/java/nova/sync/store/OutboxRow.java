package nova.sync.store;

import java.time.Instant;
import java.util.UUID;

/** One outbox entry as the sync engine reads it. {@code payload} is null for a DELETE. */
public record OutboxRow(long seq, UUID idempotencyKey, String entity, UUID entityId, String operation,
                        String payload, long baseVersion, String status, int attempts, String lastError,
                        Instant createdAt) {

    public static final String PENDING = "PENDING";
    public static final String PUSHED = "PUSHED";
    public static final String REJECTED = "REJECTED";
    public static final String STAGED = "STAGED";
    public static final String SUPERSEDED = "SUPERSEDED";

    public boolean isDelete() {
        return "DELETE".equals(operation);
    }
}
