package nova.agenda.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.WaitlistEntry;
import nova.agenda.domain.WaitlistLine;
import nova.agenda.domain.WaitlistStatus;
import nova.agenda.domain.WaitlistWish;
import nova.agenda.store.WaitlistEntryEntity;
import nova.clinic.domain.CareType;
import nova.clinic.service.ClinicService;
import nova.common.Ids;
import nova.patient.domain.PatientSummary;
import nova.patient.store.PatientEntity;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.sync.domain.ReferenceKind;
import nova.sync.service.ReferenceOutbox;
import org.hibernate.Session;

/**
 * The list of patients who want an earlier slot. When an appointment is cancelled or moved, {@link #offersFor}
 * names the requests its old slot suits ({@link WaitlistMatcher}); {@link #bookOffer} books one of them into it
 * through the agenda, so the booking gets the same checks, history and audit as any other.
 */
public final class WaitlistService {

    /** Appointment source of a booking made from the waitlist (the appointment's source column). */
    static final String SOURCE = "WAITLIST";

    private final Database database;
    private final ClinicService clinic;
    private final AgendaService agenda;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferenceOutbox references;

    public WaitlistService(Database database, ClinicService clinic, AgendaService agenda, AuditLog audit,
                           Clock clock, ReferenceOutbox references) {
        this.references = references;
        this.database = database;
        this.clinic = clinic;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    public WaitlistLine add(WaitlistWish wish) {
        if (clinic.careType(wish.careTypeCode()).isEmpty()) {
            throw new IllegalArgumentException("Type de soin inconnu : " + wish.careTypeCode());
        }
        return database.inTransaction(session -> {
            PatientEntity patient = session.find(PatientEntity.class, wish.patientId());
            if (patient == null || patient.isDeleted()) {
                throw new IllegalArgumentException("Choisissez d'abord le patient.");
            }
            WaitlistEntryEntity entity = new WaitlistEntryEntity(Ids.newId(), clinic.siteId(), clock.instant(), wish);
            session.persist(entity);
            references.changed(session, ReferenceKind.WAITLIST_ENTRY, entity.getId());
            audit.record(session, "WAITLIST_ADDED", "waitlist_entry", entity.getId(), wish.careTypeCode());
            return line(entity, patient.toSummary());
        });
    }

    public void remove(UUID id) {
        database.runInTransaction(session -> {
            WaitlistEntryEntity entity = session.find(WaitlistEntryEntity.class, id);
            if (entity != null && isOpen(entity.getStatus())) {
                entity.changeStatus(WaitlistStatus.REMOVED, clock.instant());
                references.changed(session, ReferenceKind.WAITLIST_ENTRY, id);
                audit.record(session, "WAITLIST_REMOVED", "waitlist_entry", id, null);
            }
        });
    }

    /** The open requests (waiting or offered), the oldest first. */
    public List<WaitlistLine> waiting() {
        return database.inTransaction(this::openLines);
    }

    /**
     * The open requests the slot of {@code freed} suits and that the agenda would accept there (hours, overlaps),
     * oldest request first; they become OFFERED. Call it after a cancellation (the appointment's own slot) or a
     * move (its slot before the move).
     */
    public List<WaitlistLine> offersFor(AppointmentView freed) {
        Objects.requireNonNull(freed, "freed");
        SlotProposal slot = new SlotProposal(freed.start(), freed.end(), freed.chairId(), freed.practitionerId());
        WaitlistMatcher matcher = new WaitlistMatcher(clinic.profile().zone(), clinic.careTypes().stream()
                .collect(Collectors.toMap(CareType::code, CareType::durationMinutes)));
        var day = slot.start().withZoneSameInstant(clinic.profile().zone()).toLocalDate();
        List<WaitlistLine> open = waiting().stream()
                .filter(l -> !l.entry().patientId().equals(freed.patientId()))
                .filter(l -> l.wish().allowsDate(day))
                .toList();
        Map<UUID, WaitlistLine> byId = open.stream().collect(Collectors.toMap(l -> l.entry().id(), l -> l));
        List<WaitlistLine> offers = matcher.candidatesFor(slot, open.stream().map(WaitlistLine::entry).toList())
                .stream()
                .map(e -> byId.get(e.id()))
                .filter(l -> agenda.check(bookingInto(l, freed)).allowed())
                .map(l -> new WaitlistLine(l.entry(), l.wish(), WaitlistStatus.OFFERED))
                .toList();
        if (!offers.isEmpty()) {
            Instant now = clock.instant();
            database.runInTransaction(session -> offers.forEach(l -> {
                WaitlistEntryEntity entity = session.find(WaitlistEntryEntity.class, l.entry().id());
                if (entity.getStatus() == WaitlistStatus.WAITING) {
                    entity.changeStatus(WaitlistStatus.OFFERED, now);
                    references.changed(session, ReferenceKind.WAITLIST_ENTRY, entity.getId());
                }
            }));
        }
        return offers;
    }

    private static BookingRequest bookingInto(WaitlistLine line, AppointmentView freed) {
        return new BookingRequest(line.entry().patientId(), line.entry().careTypeCode(), freed.practitionerId(),
                freed.chairId(), freed.start(), 0, line.wish().note(), SOURCE);
    }

    /**
     * Books the request {@code entryId} into the slot {@code freed} left, with the care type's duration; the
     * request becomes BOOKED. A refusal of the agenda ({@link BookingRefusedException}) leaves it open.
     */
    public AppointmentView bookOffer(UUID entryId, AppointmentView freed) {
        WaitlistLine line = database.inTransaction(session -> {
            WaitlistEntryEntity entity = session.find(WaitlistEntryEntity.class, entryId);
            if (entity == null || !isOpen(entity.getStatus())) {
                throw new BookingRefusedException("Cette demande n'est plus sur la liste d'attente.");
            }
            return line(entity, session.find(PatientEntity.class, entity.getPatientId()).toSummary());
        });
        AppointmentView booked = agenda.book(bookingInto(line, freed));
        database.runInTransaction(session -> {
            session.find(WaitlistEntryEntity.class, entryId).bookedAs(booked.id(), clock.instant());
            references.changed(session, ReferenceKind.WAITLIST_ENTRY, entryId);
            audit.record(session, "WAITLIST_BOOKED", "waitlist_entry", entryId, "appointment=" + booked.id());
        });
        return booked;
    }

    private List<WaitlistLine> openLines(Session session) {
        List<WaitlistEntryEntity> entities = session.createSelectionQuery(
                        "from WaitlistEntryEntity where deleted = false and status in (:open) order by createdAt, id",
                        WaitlistEntryEntity.class)
                .setParameter("open", List.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED))
                .getResultList();
        return entities.stream()
                .map(e -> line(e, session.find(PatientEntity.class, e.getPatientId()).toSummary()))
                .toList();
    }

    private static boolean isOpen(WaitlistStatus status) {
        return status == WaitlistStatus.WAITING || status == WaitlistStatus.OFFERED;
    }

    private static WaitlistLine line(WaitlistEntryEntity entity, PatientSummary patient) {
        WaitlistWish wish = entity.toWish();
        WaitlistEntry entry = new WaitlistEntry(entity.getId(), patient.id(), patient.fullName(),
                patient.phoneE164(), wish.careTypeCode(), wish.preferredDays(), wish.dayPart(),
                wish.practitionerId(), entity.getCreatedAt(), null);
        return new WaitlistLine(entry, wish, entity.getStatus());
    }
}
