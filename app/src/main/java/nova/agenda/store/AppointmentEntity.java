package nova.agenda.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;
import nova.store.SyncedEntity;

/** An appointment row. References are plain ids: sync moves rows one by one and never resolves object graphs. */
@Entity
@Table(name = "appointment")
public class AppointmentEntity extends SyncedEntity {

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;
    @Column(name = "practitioner_id", nullable = false)
    private UUID practitionerId;
    @Column(name = "chair_id", nullable = false)
    private UUID chairId;
    @Column(name = "care_type_code", nullable = false)
    private String careTypeCode;
    @Column(name = "start_at", nullable = false)
    private Instant start;
    @Column(name = "end_at", nullable = false)
    private Instant end;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppointmentStatus status;
    @Column(name = "source", nullable = false)
    private String source;
    @Column(name = "notes")
    private String notes;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "hub_version", nullable = false)
    private long hubVersion;

    protected AppointmentEntity() {
    }

    public AppointmentEntity(UUID id, UUID siteId, Instant now, UUID patientId, UUID practitionerId, UUID chairId,
                             String careTypeCode, Instant start, Instant end, String source, String notes) {
        super(id, siteId, now);
        this.patientId = patientId;
        this.practitionerId = practitionerId;
        this.chairId = chairId;
        this.careTypeCode = careTypeCode;
        this.start = start;
        this.end = end;
        this.status = AppointmentStatus.BOOKED;
        this.source = source;
        this.notes = notes;
    }

    /** The synced state of this appointment, as the payload of an outgoing change. */
    public Map<String, Object> syncFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("site_id", getSiteId().toString());
        fields.put("patient_id", patientId.toString());
        fields.put("practitioner_id", practitionerId.toString());
        fields.put("chair_id", chairId.toString());
        fields.put("care_type_code", careTypeCode);
        fields.put("start_at", start.toString());
        fields.put("end_at", end.toString());
        fields.put("status", status.name());
        fields.put("source", source);
        fields.put("notes", notes);
        fields.put("cancel_reason", cancelReason);
        fields.put("deleted", isDeleted());
        fields.put("updated_at", getUpdatedAt().toString());
        return fields;
    }

    public long getHubVersion() {
        return hubVersion;
    }

    public void setHubVersion(long hubVersion) {
        this.hubVersion = hubVersion;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public UUID getChairId() {
        return chairId;
    }

    public String getCareTypeCode() {
        return careTypeCode;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public String getNotes() {
        return notes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void moveTo(UUID newChairId, UUID newPractitionerId, Instant newStart, Instant newEnd, Instant now) {
        this.chairId = newChairId;
        this.practitionerId = newPractitionerId;
        this.start = newStart;
        this.end = newEnd;
        touch(now);
    }

    public void changeStatus(AppointmentStatus newStatus, String reason, Instant now) {
        this.status = newStatus;
        this.cancelReason = newStatus == AppointmentStatus.CANCELLED ? reason : null;
        touch(now);
    }
}
