package nova.sync.connector;

import java.util.Objects;
import java.util.UUID;

/**
 * The verdict on one pushed change, matched to it by idempotency key (a change missing from a reply was not
 * synced). For {@link PushStatus#CONFLICT}, {@code hubVersion} and {@code hubPayload} describe the record as the
 * hub holds it now (payload null when the hub holds it deleted); {@code reason} is a French sentence for a
 * {@link PushStatus#REJECTED} change.
 */
public record PushResult(UUID idempotencyKey, PushStatus status, long hubVersion, long hubSequence,
        String hubPayload, String reason) {

    public PushResult {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(status, "status");
    }

    public static PushResult applied(UUID key, long version, long sequence) {
        return new PushResult(key, PushStatus.APPLIED, version, sequence, null, null);
    }

    public static PushResult duplicate(UUID key, long version, long sequence) {
        return new PushResult(key, PushStatus.DUPLICATE, version, sequence, null, null);
    }

    public static PushResult conflict(UUID key, long hubVersion, String hubPayload) {
        return new PushResult(key, PushStatus.CONFLICT, hubVersion, 0, hubPayload, null);
    }

    public static PushResult rejected(UUID key, String reason) {
        return new PushResult(key, PushStatus.REJECTED, 0, 0, null, reason);
    }

    public static PushResult staged(UUID key) {
        return new PushResult(key, PushStatus.STAGED, 0, 0, null, null);
    }

    /** True when the hub holds this change: the outbox entry can go. */
    public boolean acknowledged() {
        return status == PushStatus.APPLIED || status == PushStatus.DUPLICATE;
    }
}
