package nova.sync.connector;

import java.util.Objects;
import java.util.UUID;

/**
 * One change to one record, as it travels between a workstation and the hub.
 *
 * <p>{@code baseVersion} is the hub version the edit was made on (0 for a record the hub has never seen); the
 * hub applies the change only if its current version still equals it. {@code idempotencyKey} is chosen once,
 * when the change is written to the outbox, and never again: replaying the same change can only yield
 * {@link PushStatus#DUPLICATE}. {@code hubSequence} and {@code hubVersion} are 0 until the hub has ordered the
 * change; pulled changes carry them. {@code targetSiteId} is set only for records addressed to another site
 * (referrals), otherwise null.
 */
public record ChangeRecord(
        String entity,
        UUID id,
        Operation operation,
        String payload,
        long baseVersion,
        UUID idempotencyKey,
        String siteId,
        String targetSiteId,
        String originWorkstation,
        long hubSequence,
        long hubVersion) {

    public ChangeRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(siteId, "siteId");
        if (operation == Operation.UPSERT) {
            Objects.requireNonNull(payload, "payload of an UPSERT");
        }
        if (baseVersion < 0) {
            throw new IllegalArgumentException("baseVersion < 0");
        }
    }

    /** A change written on a workstation, not yet ordered by the hub. */
    public static ChangeRecord outgoing(String entity, UUID id, Operation operation, String payload,
            long baseVersion, UUID idempotencyKey, String siteId, String originWorkstation) {
        return new ChangeRecord(entity, id, operation, payload, baseVersion, idempotencyKey, siteId, null,
                originWorkstation, 0, 0);
    }

    /** The same change addressed to another site as well (a referral). */
    public ChangeRecord addressedTo(String otherSiteId) {
        return new ChangeRecord(entity, id, operation, payload, baseVersion, idempotencyKey, siteId, otherSiteId,
                originWorkstation, hubSequence, hubVersion);
    }

    public boolean orderedByHub() {
        return hubSequence > 0;
    }
}
