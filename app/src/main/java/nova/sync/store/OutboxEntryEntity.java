package nova.sync.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One local change waiting for the hub, in the order it was made. */
@Entity
@Table(name = "outbox")
public class OutboxEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "seq")
    private Long seq;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private UUID idempotencyKey;
    @Column(name = "entity", nullable = false, updatable = false)
    private String entity;
    @Column(name = "entity_id", nullable = false, updatable = false)
    private UUID entityId;
    @Column(name = "operation", nullable = false, updatable = false)
    private String operation;
    @Lob
    @Column(name = "payload", updatable = false)
    private String payload;
    @Column(name = "base_version", nullable = false, updatable = false)
    private long baseVersion;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "pushed_at")
    private Instant pushedAt;

    protected OutboxEntryEntity() {
    }

    public OutboxEntryEntity(UUID idempotencyKey, String entity, UUID entityId, String operation, String payload,
                             long baseVersion, Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.entity = entity;
        this.entityId = entityId;
        this.operation = operation;
        this.payload = payload;
        this.baseVersion = baseVersion;
        this.createdAt = createdAt;
    }

    public Long getSeq() {
        return seq;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getEntity() {
        return entity;
    }

    public UUID getEntityId() {
        return entityId;
    }

    public String getOperation() {
        return operation;
    }

    public String getPayload() {
        return payload;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getPushedAt() {
        return pushedAt;
    }

    public void markPushed(Instant at) {
        this.pushedAt = at;
        this.lastError = null;
    }

    public void markFailed(String error) {
        this.attempts++;
        this.lastError = error;
    }
}
