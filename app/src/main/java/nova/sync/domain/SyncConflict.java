package nova.sync.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the "À résoudre" list with both versions. For {@link ConflictKind#FIELD}: the field and its two
 * values (JSON text). For {@link ConflictKind#SLOT_CLASH}: {@code entityId} is this workstation's appointment,
 * {@code otherEntityId} the one that came from the hub, payloads are the two appointments.
 */
public record SyncConflict(UUID id, ConflictKind kind, String entity, UUID entityId, UUID otherEntityId,
                           String field, String localValue, String remoteValue, String localPayload,
                           String remotePayload, Instant detectedAt, String status, ConflictChoice choice) {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";
    /** Settled without a choice here: the clash disappeared (resolved on another workstation). */
    public static final String CLOSED = "CLOSED";

    public boolean open() {
        return OPEN.equals(status);
    }

    /** One French line for lists. */
    public String title() {
        return switch (kind) {
            case FIELD -> "« " + field + " » modifié sur ce poste et sur le serveur (" + frenchEntity() + ")";
            case SLOT_CLASH -> "Deux rendez-vous sur le même fauteuil au même moment";
        };
    }

    private String frenchEntity() {
        return switch (entity) {
            case "patient" -> "patient";
            case "appointment" -> "rendez-vous";
            default -> ReferenceKind.ofEntity(entity).map(ReferenceKind::frenchName).orElse(entity);
        };
    }
}
