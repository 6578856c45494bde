package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.clinic.domain.Practitioner;
import nova.clinic.domain.ResourceHours;
import nova.clinic.domain.ResourceSetting;
import nova.store.SyncedEntity;

@Entity
@Table(name = "practitioner")
public class PractitionerEntity extends SyncedEntity {

    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "speciality")
    private String speciality;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "active", nullable = false)
    private boolean active = true;
    /** {@link ResourceHours#toText()}, or null when the practitioner follows the clinic's hours. */
    @Column(name = "own_hours")
    private String ownHours;

    protected PractitionerEntity() {
    }

    public PractitionerEntity(UUID id, UUID siteId, Instant now, String displayName, String speciality, int position) {
        super(id, siteId, now);
        this.displayName = displayName;
        this.speciality = speciality;
        this.position = position;
    }

    public Practitioner toPractitioner() {
        return new Practitioner(getId(), displayName, speciality, position);
    }

    public boolean isActive() {
        return active;
    }

    public ResourceSetting toSetting() {
        return new ResourceSetting(getId(), displayName, speciality, active, ownHours());
    }

    public ResourceHours ownHours() {
        return ResourceHours.parse(ownHours);
    }

    public int getPosition() {
        return position;
    }

    public void edit(String displayName, String speciality, ResourceHours ownHours, Instant now) {
        this.displayName = displayName;
        this.speciality = speciality;
        this.ownHours = ownHours == null ? null : ownHours.toText();
        touch(now);
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        touch(now);
    }
}
