package nova.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What every record that will sync carries: an id made here (UUIDv7), the site that owns it, a version, UTC
 * creation and update instants, and a deletion flag (rows are never physically deleted, so a deletion syncs).
 */
@MappedSuperclass
public abstract class SyncedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected SyncedEntity() {
    }

    protected SyncedEntity(UUID id, UUID siteId, Instant now) {
        this.id = id;
        this.siteId = siteId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void markDeleted(Instant now) {
        this.deleted = true;
        touch(now);
    }
}
