package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.clinic.domain.Chair;
import nova.store.SyncedEntity;

@Entity
@Table(name = "chair")
public class ChairEntity extends SyncedEntity {

    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ChairEntity() {
    }

    public ChairEntity(UUID id, UUID siteId, Instant now, String name, int position) {
        super(id, siteId, now);
        this.name = name;
        this.position = position;
    }

    public Chair toChair() {
        return new Chair(getId(), name, position);
    }

    public boolean isActive() {
        return active;
    }
}
