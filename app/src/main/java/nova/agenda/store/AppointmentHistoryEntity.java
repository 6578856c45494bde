package nova.agenda.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;

/** One change of one appointment: who, when, what. Never updated, never deleted. */
@Entity
@Table(name = "appointment_history")
public class AppointmentHistoryEntity {

    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "appointment_id", nullable = false)
    private UUID appointmentId;
    @Column(name = "at", nullable = false)
    private Instant at;
    @Column(name = "username", nullable = false)
    private String username;
    @Column(name = "change_kind", nullable = false)
    private String changeKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AppointmentStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private AppointmentStatus toStatus;
    @Column(name = "details")
    private String details;

    protected AppointmentHistoryEntity() {
    }

    public AppointmentHistoryEntity(UUID id, UUID appointmentId, Instant at, String username, String changeKind,
                                    AppointmentStatus fromStatus, AppointmentStatus toStatus, String details) {
        this.id = id;
        this.appointmentId = appointmentId;
        this.at = at;
        this.username = username;
        this.changeKind = changeKind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.details = details;
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getChangeKind() {
        return changeKind;
    }

    public AppointmentStatus getFromStatus() {
        return fromStatus;
    }

    public AppointmentStatus getToStatus() {
        return toStatus;
    }

    public String getDetails() {
        return details;
    }
}
