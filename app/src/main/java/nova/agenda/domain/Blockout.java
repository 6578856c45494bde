package nova.agenda.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A one-off period when a resource (chair, room or practitioner), or the whole clinic when {@code resourceId} is
 * null, cannot be booked: maintenance, training, a practitioner's leave.
 */
public record Blockout(UUID id, UUID resourceId, Instant start, Instant end, String reason) {

    public Blockout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A blockout must end after it starts");
        }
        reason = reason == null ? "" : reason;
    }

    public boolean wholeClinic() {
        return resourceId == null;
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The paste of a copy: same resource, length and reason, a new id, anchored at another start. */
    public Blockout copyAt(Instant newStart) {
        return new Blockout(UUID.randomUUID(), resourceId, newStart, newStart.plus(duration()), reason);
    }

    public Blockout copyAt(ZonedDateTime newStart) {
        return copyAt(newStart.toInstant());
    }

    /** The paste of a copy onto another resource (null = whole clinic). */
    public Blockout copyAt(Instant newStart, UUID newResourceId) {
        return new Blockout(UUID.randomUUID(), newResourceId, newStart, newStart.plus(duration()), reason);
    }

    /** The paste of a cut: the same blockout (same id) moved. */
    public Blockout movedTo(Instant newStart, UUID newResourceId) {
        return new Blockout(id, newResourceId, newStart, newStart.plus(duration()), reason);
    }
}
