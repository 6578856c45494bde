package nova.sync.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A record that did not sync, with the French reason: {@code outgoing} for a local change the hub refused
 * (retry puts it back in the queue), otherwise a hub change this workstation could not apply yet (retried on
 * every pull). {@code reference} identifies it for {@code retry}.
 */
public record SyncRecordError(String reference, boolean outgoing, String entity, UUID entityId, String reason,
                              int attempts, Instant at) {
}
