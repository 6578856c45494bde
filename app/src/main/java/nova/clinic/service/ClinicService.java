package nova.clinic.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nova.clinic.domain.CareType;
import nova.clinic.domain.CareTypeSetting;
import nova.clinic.domain.ClosingPeriod;
import nova.clinic.domain.ResourceHours;
import nova.clinic.domain.ResourceSetting;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.clinic.domain.Practitioner;
import nova.clinic.store.CareTypeEntity;
import nova.clinic.store.ChairEntity;
import nova.clinic.store.ClinicEntity;
import nova.clinic.store.ClosingPeriodEntity;
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

    /**
     * Everything read at once: one snapshot, consistent within itself. The plain lists hold the active resources
     * (booking choices); the settings lists hold every resource, deactivated ones included, for old appointments'
     * names and for the administrator.
     */
    private record Snapshot(UUID siteId, ClinicProfile profile, String phone, DoubleBookingPolicy policy,
                            List<Chair> chairs, List<Practitioner> practitioners, List<CareType> careTypes,
                            List<ResourceSetting> chairSettings, List<ResourceSetting> practitionerSettings,
                            List<CareTypeSetting> careTypeSettings, Map<UUID, ResourceHours> ownHours,
                            List<ClosingPeriod> closingPeriods) {
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
            List<ChairEntity> chairRows = session.createSelectionQuery(
                            "from ChairEntity where deleted = false order by position", ChairEntity.class)
                    .getResultList();
            List<PractitionerEntity> practitionerRows = session.createSelectionQuery(
                            "from PractitionerEntity where deleted = false order by position", PractitionerEntity.class)
                    .getResultList();
            List<CareTypeEntity> careTypeRows = session.createSelectionQuery(
                            "from CareTypeEntity where deleted = false order by position", CareTypeEntity.class)
                    .getResultList();
            List<ClosingPeriod> closings = session.createSelectionQuery(
                            "from ClosingPeriodEntity where deleted = false order by firstDay", ClosingPeriodEntity.class)
                    .getResultList().stream().map(ClosingPeriodEntity::toClosingPeriod).toList();
            Map<UUID, ResourceHours> ownHours = new HashMap<>();
            chairRows.stream().filter(c -> c.ownHours() != null).forEach(c -> ownHours.put(c.getId(), c.ownHours()));
            practitionerRows.stream().filter(p -> p.ownHours() != null)
                    .forEach(p -> ownHours.put(p.getId(), p.ownHours()));
            return new Snapshot(clinic.getSiteId(), clinic.toProfile(), clinic.getPhone(),
                    clinic.getDoubleBookingPolicy(),
                    chairRows.stream().filter(ChairEntity::isActive).map(ChairEntity::toChair).toList(),
                    practitionerRows.stream().filter(PractitionerEntity::isActive)
                            .map(PractitionerEntity::toPractitioner).toList(),
                    careTypeRows.stream().filter(CareTypeEntity::isActive).map(CareTypeEntity::toCareType).toList(),
                    chairRows.stream().map(ChairEntity::toSetting).toList(),
                    practitionerRows.stream().map(PractitionerEntity::toSetting).toList(),
                    careTypeRows.stream().map(CareTypeEntity::toSetting).toList(),
                    Map.copyOf(ownHours), closings);
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

    /** The clinic's phone as the administrator entered it; empty when none. */
    public String phone() {
        return snapshot.phone();
    }

    /** Every chair or room, deactivated ones included, by position. */
    public List<ResourceSetting> chairSettings() {
        return snapshot.chairSettings();
    }

    /** Every practitioner, deactivated ones included, by position. */
    public List<ResourceSetting> practitionerSettings() {
        return snapshot.practitionerSettings();
    }

    /** Every care type, deactivated ones included, by position. */
    public List<CareTypeSetting> careTypeSettings() {
        return snapshot.careTypeSettings();
    }

    /** The own weekly hours of the resources that have some (active or not), by resource id. */
    public Map<UUID, ResourceHours> ownHours() {
        return snapshot.ownHours();
    }

    /** The clinic's closing periods, past ones included, by first day. */
    public List<ClosingPeriod> closingPeriods() {
        return snapshot.closingPeriods();
    }

    /** A chair's or room's name, deactivated ones included (old appointments keep showing it). */
    public Optional<String> chairName(UUID id) {
        return chairSettings().stream().filter(c -> c.id().equals(id)).map(ResourceSetting::name).findFirst();
    }

    /** A practitioner's name, deactivated ones included. */
    public Optional<String> practitionerName(UUID id) {
        return practitionerSettings().stream().filter(p -> p.id().equals(id)).map(ResourceSetting::name).findFirst();
    }

    /** A care type by code, deactivated ones included (old appointments keep their label and colour). */
    public Optional<CareType> anyCareType(String code) {
        return careTypeSettings().stream().map(CareTypeSetting::careType).filter(c -> c.code().equals(code))
                .findFirst();
    }

    public Optional<Chair> chairNamed(String name) {
        return chairs().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public Optional<Practitioner> practitionerNamed(String name) {
        return practitioners().stream().filter(p -> p.displayName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
