package nova.consultation.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nova.consultation.domain.Vitals;
import nova.store.SyncedEntity;

/**
 * One visit. The lists (diagnoses, care acts, prescriptions) and the referral are JSON text written and read by
 * {@link ConsultationJson}; constants are integers in tenths where the unit needs a decimal.
 */
@Entity
@Table(name = "consultation")
public class ConsultationEntity extends SyncedEntity {

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;
    @Column(name = "appointment_id")
    private UUID appointmentId;
    @Column(name = "practitioner_id")
    private UUID practitionerId;
    @Column(name = "author", nullable = false)
    private String author;
    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;
    @Column(name = "reason")
    private String reason;
    @Embedded
    private VitalsColumns vitals;
    @Column(name = "notes")
    private String notes;
    @Column(name = "diagnosis")
    private String diagnosisJson;
    @Column(name = "treatment")
    private String treatmentJson;
    @Column(name = "prescription")
    private String prescriptionJson;
    @Column(name = "referral")
    private String referralJson;
    @Column(name = "hub_version", nullable = false)
    private long hubVersion;

    protected ConsultationEntity() {
    }

    public ConsultationEntity(UUID id, UUID siteId, Instant now, UUID patientId, String author) {
        super(id, siteId, now);
        this.patientId = patientId;
        this.author = author;
    }

    /** Replaces the clinical content; {@code now} becomes the update instant. */
    public void fill(UUID appointmentId, UUID practitionerId, Instant seenAt, String reason,
                     Vitals vitals, String notes, String diagnosisJson, String treatmentJson,
                     String prescriptionJson, String referralJson, Instant now) {
        this.appointmentId = appointmentId;
        this.practitionerId = practitionerId;
        this.seenAt = seenAt;
        this.reason = reason;
        this.vitals = VitalsColumns.of(vitals);
        this.notes = notes;
        this.diagnosisJson = diagnosisJson;
        this.treatmentJson = treatmentJson;
        this.prescriptionJson = prescriptionJson;
        this.referralJson = referralJson;
        touch(now);
    }

    /** The synced state of this consultation, as the payload of an outgoing change (keys are column names). */
    public Map<String, Object> syncFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("site_id", getSiteId().toString());
        fields.put("patient_id", patientId.toString());
        fields.put("appointment_id", appointmentId == null ? null : appointmentId.toString());
        fields.put("practitioner_id", practitionerId == null ? null : practitionerId.toString());
        fields.put("author", author);
        fields.put("seen_at", seenAt.toString());
        fields.put("reason", reason);
        VitalsColumns.putSyncFields(vitals, fields);
        fields.put("notes", notes);
        fields.put("diagnosis", diagnosisJson);
        fields.put("treatment", treatmentJson);
        fields.put("prescription", prescriptionJson);
        fields.put("referral", referralJson);
        fields.put("deleted", isDeleted());
        fields.put("updated_at", getUpdatedAt().toString());
        return fields;
    }

    public long getHubVersion() {
        return hubVersion;
    }

    public UUID getPatientId() {
        return patientId;
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public UUID getPractitionerId() {
        return practitionerId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    public String getReason() {
        return reason;
    }

    public Vitals getVitals() {
        return VitalsColumns.toVitals(vitals);
    }

    public String getNotes() {
        return notes;
    }

    public String getDiagnosisJson() {
        return diagnosisJson;
    }

    public String getTreatmentJson() {
        return treatmentJson;
    }

    public String getPrescriptionJson() {
        return prescriptionJson;
    }

    public String getReferralJson() {
        return referralJson;
    }
}
