package nova.patient.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.store.SyncedEntity;

@Entity
@Table(name = "patient")
public class PatientEntity extends SyncedEntity {

    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(name = "first_name")
    private String firstName;
    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;
    @Column(name = "birth_year")
    private Integer birthYear;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "phone_e164")
    private String phoneE164;
    @Column(name = "village")
    private String village;
    @Column(name = "email")
    private String email;
    @Column(name = "hub_version", nullable = false)
    private long hubVersion;

    protected PatientEntity() {
    }

    public PatientEntity(UUID id, UUID siteId, Instant now, String lastName, String firstName, Sex sex,
                         Integer birthYear, LocalDate birthDate, String phoneE164, String village, String email) {
        super(id, siteId, now);
        this.lastName = lastName;
        this.firstName = firstName;
        this.sex = sex;
        this.birthYear = birthYear;
        this.birthDate = birthDate;
        this.phoneE164 = phoneE164;
        this.village = village;
        this.email = email;
    }

    public PatientSummary toSummary() {
        return new PatientSummary(getId(), lastName, firstName, phoneE164, birthYear, village);
    }

    /** The synced state of this patient, as the payload of an outgoing change. */
    public Map<String, Object> syncFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("site_id", getSiteId().toString());
        fields.put("last_name", lastName);
        fields.put("first_name", firstName);
        fields.put("sex", sex.name());
        fields.put("birth_year", birthYear);
        fields.put("birth_date", birthDate == null ? null : birthDate.toString());
        fields.put("phone_e164", phoneE164);
        fields.put("village", village);
        fields.put("email", email);
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

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getPhoneE164() {
        return phoneE164;
    }

    public Sex getSex() {
        return sex;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public java.time.LocalDate getBirthDate() {
        return birthDate;
    }
}
