package nova.sync.connector.conflict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where and when an appointment holds a chair, as read from its sync payload. */
public record AppointmentSlot(UUID id, String chairId, Instant start, Instant end, boolean holdsChair) {

    /** Statuses that free the chair: such an appointment clashes with nothing. */
    private static final Set<String> FREEING = Set.of("CANCELLED", "NO_SHOW");

    public AppointmentSlot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("appointment ends before it starts");
        }
    }

    /**
     * Reads {@code chairId}, {@code start}, {@code end} (ISO-8601 with offset) and {@code status}; empty when
     * the payload has no chair or times (such an appointment cannot clash).
     */
    public static Optional<AppointmentSlot> fromPayload(UUID id, String payload, ObjectMapper mapper) {
        try {
            JsonNode node = mapper.readTree(payload);
            if (node == null || !node.hasNonNull("chairId") || !node.hasNonNull("start") || !node.hasNonNull("end")) {
                return Optional.empty();
            }
            Instant start = OffsetDateTime.parse(node.get("start").asText()).toInstant();
            Instant end = OffsetDateTime.parse(node.get("end").asText()).toInstant();
            boolean holds = !FREEING.contains(node.path("status").asText(""));
            return Optional.of(new AppointmentSlot(id, node.get("chairId").asText(), start, end, holds));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean overlaps(AppointmentSlot other) {
        return holdsChair && other.holdsChair && chairId.equals(other.chairId)
                && start.isBefore(other.end) && other.start.isBefore(end) && !id.equals(other.id);
    }
}
