package nova.security.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One audited action. Details never carry patient names or phone numbers, only ids and codes. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "at", nullable = false)
    private Instant at;
    @Column(name = "username", nullable = false)
    private String username;
    @Column(name = "action", nullable = false)
    private String action;
    @Column(name = "entity")
    private String entity;
    @Column(name = "entity_id")
    private UUID entityId;
    @Column(name = "details")
    private String details;

    protected AuditEventEntity() {
    }

    public AuditEventEntity(UUID id, Instant at, String username, String action, String entity, UUID entityId,
                            String details) {
        this.id = id;
        this.at = at;
        this.username = username;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.details = details;
    }

    public String getAction() {
        return action;
    }

    public String getUsername() {
        return username;
    }

    public UUID getEntityId() {
        return entityId;
    }

    public Instant getAt() {
        return at;
    }

    public String getDetails() {
        return details;
    }
}
