package nova.patient.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
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

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getPhoneE164() {
        return phoneE164;
    }
}
