package nova.agenda.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.WaitlistStatus;
import nova.agenda.domain.WaitlistWish;
import nova.store.SyncedEntity;

@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntryEntity extends SyncedEntity {

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;
    @Column(name = "care_type_code", nullable = false)
    private String careTypeCode;
    @Column(name = "practitioner_id")
    private UUID practitionerId;
    @Column(name = "preferred_days")
    private String preferredDays;
    @Column(name = "day_part")
    private String dayPart;
    @Column(name = "earliest_date")
    private LocalDate earliest;
    @Column(name = "latest_date")
    private LocalDate latest;
    @Column(name = "note")
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private WaitlistStatus status;
    @Column(name = "appointment_id")
    private UUID appointmentId;

    protected WaitlistEntryEntity() {
    }

    public WaitlistEntryEntity(UUID id, UUID siteId, Instant now, WaitlistWish wish) {
        super(id, siteId, now);
        this.patientId = wish.patientId();
        this.careTypeCode = wish.careTypeCode();
        this.practitionerId = wish.practitionerId();
        this.preferredDays = wish.preferredDays().stream().sorted().map(DayOfWeek::name)
                .collect(Collectors.joining(","));
        this.dayPart = wish.dayPart() == null ? null : wish.dayPart().toString();
        this.earliest = wish.earliest();
        this.latest = wish.latest();
        this.note = wish.note();
        this.status = WaitlistStatus.WAITING;
    }

    public WaitlistWish toWish() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (preferredDays != null && !preferredDays.isBlank()) {
            Arrays.stream(preferredDays.split(",")).map(String::trim).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return new WaitlistWish(patientId, careTypeCode, practitionerId, days,
                dayPart == null ? null : ClockRange.parse(dayPart), earliest, latest, note);
    }

    public UUID getPatientId() {
        return patientId;
    }

    public WaitlistStatus getStatus() {
        return status;
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public void changeStatus(WaitlistStatus status, Instant now) {
        this.status = status;
        touch(now);
    }

    public void bookedAs(UUID appointmentId, Instant now) {
        this.appointmentId = appointmentId;
        changeStatus(WaitlistStatus.BOOKED, now);
    }
}
