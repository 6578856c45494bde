package nova.clinic.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.clinic.domain.Practitioner;
import nova.clinic.store.CareTypeEntity;
import nova.clinic.store.ChairEntity;
import nova.clinic.store.ClinicEntity;
import nova.clinic.store.PractitionerEntity;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.sync.domain.ReferenceKind;
import nova.sync.service.ReferenceOutbox;

/**
 * The clinic's profile and resources. They change rarely (admin settings), so they are read once and kept; a
 * change made through this service, or a sync that touches them, calls {@link #reload()}.
 */
public final class ClinicService {

    /** Everything read at once: one snapshot, consistent within itself. */
    private record Snapshot(UUID siteId, ClinicProfile profile, DoubleBookingPolicy policy, List<Chair> chairs,
                            List<Practitioner> practitioners, List<CareType> careTypes) {
    }

    private final Database database;
    private volatile Snapshot snapshot;

    public ClinicService(Database database) {
        this.database = database;
        reload();
    }

    public void reload() {
        snapshot = database.inTransaction(session -> {
            ClinicEntity clinic = session.createSelectionQuery("from ClinicEntity where deleted = false",
                    ClinicEntity.class).getSingleResult();
            List<Chair> chairs = session.createSelectionQuery(
                            "from ChairEntity where deleted = false and active = true", ChairEntity.class)
                    .getResultList().stream().map(ChairEntity::toChair)
                    .sorted(Comparator.comparingInt(Chair::position)).toList();
            List<Practitioner> practitioners = session.createSelectionQuery(
                            "from PractitionerEntity where deleted = false and active = true", PractitionerEntity.class)
                    .getResultList().stream().map(PractitionerEntity::toPractitioner)
                    .sorted(Comparator.comparingInt(Practitioner::position)).toList();
            List<CareType> careTypes = session.createSelectionQuery(
                            "from CareTypeEntity where deleted = false and active = true order by position",
                            CareTypeEntity.class)
                    .getResultList().stream().map(CareTypeEntity::toCareType).toList();
            return new Snapshot(clinic.getSiteId(), clinic.toProfile(), clinic.getDoubleBookingPolicy(), chairs,
                    practitioners, careTypes);
        });
    }

    /**
     * Writes the double-booking policy in the clinic row, with its audit event and its outbox entry (the other
     * desks of the site follow), then reloads the snapshot.
     */
    public void setDoubleBookingPolicy(DoubleBookingPolicy policy, AuditLog audit, ReferenceOutbox hub,
                                       java.time.Instant now) {
        java.util.Objects.requireNonNull(policy, "policy");
        database.runInTransaction(session -> {
            ClinicEntity clinic = session.createSelectionQuery("from ClinicEntity where deleted = false",
                    ClinicEntity.class).getSingleResult();
            DoubleBookingPolicy before = clinic.getDoubleBookingPolicy();
            if (before != policy) {
                clinic.setDoubleBookingPolicy(policy);
                clinic.touch(now);
                hub.changed(session, ReferenceKind.CLINIC, clinic.getId());
                audit.record(session, "DOUBLE_BOOKING_POLICY", "clinic", clinic.getId(), before + "->" + policy);
            }
        });
        reload();
    }

    public UUID siteId() {
        return snapshot.siteId();
    }

    public ClinicProfile profile() {
        return snapshot.profile();
    }

    public DoubleBookingPolicy doubleBookingPolicy() {
        return snapshot.policy();
    }

    public List<Chair> chairs() {
        return snapshot.chairs();
    }

    public List<Practitioner> practitioners() {
        return snapshot.practitioners();
    }

    public List<CareType> careTypes() {
        return snapshot.careTypes();
    }

    public Optional<Chair> chair(UUID id) {
        return chairs().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Practitioner> practitioner(UUID id) {
        return practitioners().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<CareType> careType(String code) {
        return careTypes().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Chair> chairNamed(String name) {
        return chairs().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public Optional<Practitioner> practitionerNamed(String name) {
        return practitioners().stream().filter(p -> p.displayName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
