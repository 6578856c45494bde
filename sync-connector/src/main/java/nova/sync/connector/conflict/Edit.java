package nova.sync.connector.conflict;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One edit of a record: its payload (a JSON object; null for a delete) and its place in hub order. An edit the
 * hub has not ordered yet (still in a workstation's outbox) will be ordered after everything the hub holds, so
 * it takes {@link #NOT_YET_ORDERED}. Workstation clocks play no part.
 */
public record Edit(String payload, long hubOrder, UUID idempotencyKey) {

    public static final long NOT_YET_ORDERED = Long.MAX_VALUE;

    /** Hub order, then idempotency key so that two unordered edits still compare the same way everywhere. */
    static final Comparator<Edit> HUB_ORDER = Comparator.comparingLong(Edit::hubOrder)
            .thenComparing(Edit::idempotencyKey);

    public Edit {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public static Edit ordered(String payload, long hubSequence, UUID idempotencyKey) {
        return new Edit(payload, hubSequence, idempotencyKey);
    }

    public static Edit pending(String payload, UUID idempotencyKey) {
        return new Edit(payload, NOT_YET_ORDERED, idempotencyKey);
    }

    public boolean isDelete() {
        return payload == null;
    }
}
