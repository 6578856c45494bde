package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ResourceHours;
import nova.clinic.domain.ResourceSetting;
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
    /** {@link ResourceHours#toText()}, or null when the chair or room follows the clinic's hours. */
    @Column(name = "own_hours")
    private String ownHours;

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

    public ResourceSetting toSetting() {
        return new ResourceSetting(getId(), name, null, active, ownHours());
    }

    public ResourceHours ownHours() {
        return ResourceHours.parse(ownHours);
    }

    public int getPosition() {
        return position;
    }

    public void edit(String name, ResourceHours ownHours, Instant now) {
        this.name = name;
        this.ownHours = ownHours == null ? null : ownHours.toText();
        touch(now);
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        touch(now);
    }
}
