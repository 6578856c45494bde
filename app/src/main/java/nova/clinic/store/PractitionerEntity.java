package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.clinic.domain.Practitioner;
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
}
