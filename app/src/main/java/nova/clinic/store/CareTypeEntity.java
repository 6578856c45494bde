package nova.clinic.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.clinic.domain.CareType;
import nova.clinic.domain.CareTypeSetting;
import nova.store.SyncedEntity;

@Entity
@Table(name = "care_type")
public class CareTypeEntity extends SyncedEntity {

    @Column(name = "code", nullable = false)
    private String code;
    @Column(name = "label", nullable = false)
    private String label;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Column(name = "color_hex", nullable = false)
    private String colorHex;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected CareTypeEntity() {
    }

    public CareTypeEntity(UUID id, UUID siteId, Instant now, CareType careType, int position) {
        super(id, siteId, now);
        this.code = careType.code();
        this.label = careType.label();
        this.durationMinutes = careType.durationMinutes();
        this.colorHex = careType.colorHex();
        this.position = position;
    }

    public CareType toCareType() {
        return new CareType(code, label, durationMinutes, colorHex);
    }

    public boolean isActive() {
        return active;
    }

    public CareTypeSetting toSetting() {
        return new CareTypeSetting(toCareType(), active);
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    /** The code stays: appointments and the assistant refer to the care type by it. */
    public void edit(String label, int durationMinutes, String colorHex, Instant now) {
        this.label = label;
        this.durationMinutes = durationMinutes;
        this.colorHex = colorHex;
        touch(now);
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        touch(now);
    }
}
