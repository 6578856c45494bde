package nova.agenda.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.store.AppointmentEntity;
import nova.agenda.store.AppointmentHistoryEntity;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.clinic.domain.Practitioner;
import nova.clinic.service.ClinicService;
import nova.common.Ids;
import nova.patient.store.PatientEntity;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.sync.service.OutboxWriter;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books and reads appointments. A booking is validated against the clinic's hours and the other appointments of
 * the same chair and practitioner, then written with its history and audit event in one local transaction.
 */
public final class AgendaService {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaService.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final Database database;
    private final ClinicService clinic;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final String username;

    public AgendaService(Database database, ClinicService clinic, AuditLog audit, OutboxWriter outbox, Clock clock,
                         String username) {
        this.database = database;
        this.clinic = clinic;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.username = username;
    }

    public List<AppointmentView> day(LocalDate date) {
        return range(date, date.plusDays(1));
    }

    /** Appointments starting in [from, toExclusive), cancelled ones included (the agenda greys them). */
    public List<AppointmentView> range(LocalDate from, LocalDate toExclusive) {
        ZoneId zone = zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = toExclusive.atStartOfDay(zone).toInstant();
        return database.inTransaction(session -> {
            List<AppointmentEntity> rows = session.createSelectionQuery(
                            "from AppointmentEntity where deleted = false and start >= :s and start < :e order by start",
                            AppointmentEntity.class)
                    .setParameter("s", start).setParameter("e", end).getResultList();
            return views(session, rows);
        });
    }

    public AppointmentView book(BookingRequest request) {
        CareType careType = clinic.careType(request.careTypeCode()).orElseThrow(() ->
                new BookingRefusedException("Type de soin inconnu : « " + request.careTypeCode() + " »."));
        Chair chair = clinic.chair(request.chairId()).orElseThrow(() ->
                new BookingRefusedException("Choisissez un fauteuil ou une salle."));
        Practitioner practitioner = clinic.practitioner(request.practitionerId()).orElseThrow(() ->
                new BookingRefusedException("Choisissez un praticien."));
        if (request.start() == null) {
            throw new BookingRefusedException("Choisissez la date et l'heure du rendez-vous.");
        }
        int minutes = request.durationMinutes() > 0 ? request.durationMinutes() : careType.durationMinutes();
        ZonedDateTime start = request.start().withZoneSameInstant(zone());
        ZonedDateTime end = start.plusMinutes(minutes);
        checkOpeningHours(start, end);
        return database.inTransaction(session -> {
            PatientEntity patient = session.find(PatientEntity.class, request.patientId());
            if (patient == null || patient.isDeleted()) {
                throw new BookingRefusedException("Choisissez ou créez d'abord le patient.");
            }
            checkOverlaps(session, null, chair, practitioner, start.toInstant(), end.toInstant());
            Instant now = clock.instant();
            AppointmentEntity appointment = new AppointmentEntity(Ids.newId(), clinic.siteId(), now, patient.getId(),
                    practitioner.id(), chair.id(), careType.code(), start.toInstant(), end.toInstant(),
                    request.source() == null ? "GUI" : request.source(), blankToNull(request.notes()));
            session.persist(appointment);
            outbox.upsert(session, "appointment", appointment.getId(), appointment.getHubVersion(),
                    appointment.syncFields());
            session.persist(new AppointmentHistoryEntity(Ids.newId(), appointment.getId(), now, username, "CREATED",
                    null, AppointmentStatus.BOOKED, careType.code() + " " + start.toLocalDateTime()));
            audit.record(session, "APPOINTMENT_BOOKED", "appointment", appointment.getId(),
                    "source=" + appointment.getSource());
            LOG.info("event=appointment_booked id={} care_type={} source={}", appointment.getId(), careType.code(),
                    appointment.getSource());
            return views(session, List.of(appointment)).getFirst();
        });
    }

    private void checkOpeningHours(ZonedDateTime start, ZonedDateTime end) {
        ClinicProfile profile = clinic.profile();
        if (!profile.workingDays().contains(start.getDayOfWeek())) {
            throw new BookingRefusedException("Le cabinet est fermé le "
                    + start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH) + ".");
        }
        if (!start.toLocalDate().equals(end.toLocalDate()) || start.toLocalTime().isBefore(profile.opening())
                || end.toLocalTime().isAfter(profile.closing())) {
            throw new BookingRefusedException("Le rendez-vous doit tenir dans les heures d'ouverture ("
                    + HOUR.format(profile.opening()) + "–" + HOUR.format(profile.closing()) + ").");
        }
        if (profile.hasBreak() && start.toLocalTime().isBefore(profile.breakEnd())
                && end.toLocalTime().isAfter(profile.breakStart())) {
            throw new BookingRefusedException("Le rendez-vous chevauche la pause ("
                    + HOUR.format(profile.breakStart()) + "–" + HOUR.format(profile.breakEnd()) + ").");
        }
    }

    private void checkOverlaps(Session session, UUID ignoredId, Chair chair, Practitioner practitioner,
                               Instant start, Instant end) {
        if (clinic.doubleBookingPolicy() == DoubleBookingPolicy.WARN) {
            return;
        }
        List<AppointmentEntity> clashes = session.createSelectionQuery(
                        "from AppointmentEntity where deleted = false and status <> :cancelled"
                                + " and (chairId = :chair or practitionerId = :practitioner)"
                                + " and start < :end and end > :start order by start", AppointmentEntity.class)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("chair", chair.id()).setParameter("practitioner", practitioner.id())
                .setParameter("start", start).setParameter("end", end)
                .getResultList().stream().filter(a -> !a.getId().equals(ignoredId)).toList();
        if (clashes.isEmpty()) {
            return;
        }
        AppointmentView other = views(session, List.of(clashes.getFirst())).getFirst();
        String resource = other.chairId().equals(chair.id())
                ? chair.name() + " est déjà occupé"
                : practitioner.displayName() + " est déjà pris";
        throw new BookingRefusedException(resource + " de " + HOUR.format(other.start()) + " à "
                + HOUR.format(other.end()) + " par " + other.patientName() + " (" + other.careTypeLabel() + ").");
    }

    private List<AppointmentView> views(Session session, List<AppointmentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<UUID> patientIds = rows.stream().map(AppointmentEntity::getPatientId).collect(Collectors.toSet());
        Map<UUID, PatientEntity> patients = session.findMultiple(PatientEntity.class, List.copyOf(patientIds))
                .stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(PatientEntity::getId, Function.identity()));
        ZoneId zone = zone();
        return rows.stream().map(row -> {
            PatientEntity patient = patients.get(row.getPatientId());
            CareType careType = clinic.careType(row.getCareTypeCode())
                    .orElse(new CareType(row.getCareTypeCode(), row.getCareTypeCode(), 30, "#64748B"));
            return new AppointmentView(row.getId(), row.getPatientId(),
                    patient == null ? "?" : patient.toSummary().fullName(),
                    patient == null ? null : patient.getPhoneE164(),
                    careType.code(), careType.label(), careType.colorHex(),
                    row.getPractitionerId(), clinic.practitioner(row.getPractitionerId()).map(Practitioner::displayName).orElse("?"),
                    row.getChairId(), clinic.chair(row.getChairId()).map(Chair::name).orElse("?"),
                    row.getStart().atZone(zone), row.getEnd().atZone(zone), row.getStatus(), row.getNotes());
        }).toList();
    }

    private ZoneId zone() {
        return clinic.profile().zone();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
