package nova.referral.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nova.consultation.domain.ReferralUrgency;
import nova.consultation.domain.Vitals;
import nova.consultation.store.VitalsColumns;
import nova.store.SyncedEntity;

/**
 * A referral addressed to another site. Its synced fields are all that leaves the sending site about the patient
 * (decision 0201); {@code localPatientId} is the receiving site's own link and never travels.
 */
@Entity
@Table(name = "referral")
public class ReferralEntity extends SyncedEntity {

    @Column(name = "from_site", nullable = false)
    private String fromSite;
    @Column(name = "from_site_name")
    private String fromSiteName;
    @Column(name = "target_site", nullable = false)
    private String targetSite;
    @Column(name = "target_site_name")
    private String targetSiteName;
    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;
    @Column(name = "practitioner_name")
    private String practitionerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false)
    private ReferralUrgency urgency;
    @Column(name = "reason")
    private String reason;
    @Column(name = "patient_last_name", nullable = false)
    private String patientLastName;
    @Column(name = "patient_first_name")
    private String patientFirstName;
    @Column(name = "patient_sex")
    private String patientSex;
    @Column(name = "patient_birth_date")
    private LocalDate patientBirthDate;
    @Column(name = "patient_birth_year")
    private Integer patientBirthYear;
    @Column(name = "patient_phone")
    private String patientPhone;
    @Column(name = "diagnosis")
    private String diagnosisJson;
    @Embedded
    private VitalsColumns vitals;
    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;
    @Column(name = "local_patient_id")
    private UUID localPatientId;
    @Column(name = "hub_version", nullable = false)
    private long hubVersion;

    protected ReferralEntity() {
    }

    public ReferralEntity(UUID id, UUID siteId, Instant now, String fromSite, String targetSite) {
        super(id, siteId, now);
        this.fromSite = fromSite;
        this.targetSite = targetSite;
        this.referredAt = now;
        this.urgency = ReferralUrgency.ROUTINE;
    }

    /** The referring side's content; {@code referredAt} stays the first sending's instant. */
    public void fill(String fromSiteName, String targetSiteName, String practitionerName, ReferralUrgency urgency,
                     String reason, String lastName, String firstName, String sex, LocalDate birthDate,
                     Integer birthYear, String phone, String diagnosisJson, Vitals vitals) {
        this.fromSiteName = fromSiteName;
        this.targetSiteName = targetSiteName;
        this.practitionerName = practitionerName;
        this.urgency = urgency;
        this.reason = reason;
        this.patientLastName = lastName;
        this.patientFirstName = firstName;
        this.patientSex = sex;
        this.patientBirthDate = birthDate;
        this.patientBirthYear = birthYear;
        this.patientPhone = phone;
        this.diagnosisJson = diagnosisJson;
        this.vitals = VitalsColumns.of(vitals);
        this.cancelled = false;
    }

    public void cancel(Instant now) {
        this.cancelled = true;
        touch(now);
    }

    public void linkPatient(UUID patientId) {
        this.localPatientId = patientId;
    }

    /**
     * The payload sent to the hub (keys are column names). {@code target_site} also tells the pusher whom the
     * change is addressed to. No local id of the sending site travels: not the patient's, not the consultation's.
     */
    public Map<String, Object> syncFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("from_site", fromSite);
        fields.put("from_site_name", fromSiteName);
        fields.put("target_site", targetSite);
        fields.put("target_site_name", targetSiteName);
        fields.put("referred_at", referredAt.toString());
        fields.put("practitioner_name", practitionerName);
        fields.put("urgency", urgency.name());
        fields.put("reason", reason);
        fields.put("patient_last_name", patientLastName);
        fields.put("patient_first_name", patientFirstName);
        fields.put("patient_sex", patientSex);
        fields.put("patient_birth_date", patientBirthDate == null ? null : patientBirthDate.toString());
        fields.put("patient_birth_year", patientBirthYear);
        fields.put("patient_phone", patientPhone);
        fields.put("diagnosis", diagnosisJson);
        VitalsColumns.putSyncFields(vitals, fields);
        fields.put("cancelled", cancelled);
        fields.put("deleted", isDeleted());
        fields.put("updated_at", getUpdatedAt().toString());
        return fields;
    }

    public long getHubVersion() { return hubVersion; }
    public String getFromSite() { return fromSite; }
    public String getFromSiteName() { return fromSiteName; }
    public String getTargetSite() { return targetSite; }
    public String getTargetSiteName() { return targetSiteName; }
    public Instant getReferredAt() { return referredAt; }
    public String getPractitionerName() { return practitionerName; }
    public ReferralUrgency getUrgency() { return urgency; }
    public String getReason() { return reason; }
    public String getPatientLastName() { return patientLastName; }
    public String getPatientFirstName() { return patientFirstName; }
    public String getPatientSex() { return patientSex; }
    public LocalDate getPatientBirthDate() { return patientBirthDate; }
    public Integer getPatientBirthYear() { return patientBirthYear; }
    public String getPatientPhone() { return patientPhone; }
    public String getDiagnosisJson() { return diagnosisJson; }
    public Vitals getVitals() { return VitalsColumns.toVitals(vitals); }
    public boolean isCancelled() { return cancelled; }
    public UUID getLocalPatientId() { return localPatientId; }
}
