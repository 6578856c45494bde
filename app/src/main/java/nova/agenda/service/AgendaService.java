package nova.agenda.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.agenda.domain.AppointmentChange;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.HolidayCalendar;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.agenda.domain.StatusChange;
import nova.agenda.domain.WorkingSchedule;
import nova.agenda.store.AppointmentEntity;
import nova.agenda.store.AppointmentHistoryEntity;
import nova.agenda.store.BlockoutEntity;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.clinic.service.ClinicService;
import nova.common.Ids;
import nova.patient.store.PatientEntity;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.store.SettingsStore;
import nova.sync.domain.ReferenceKind;
import nova.sync.service.OutboxWriter;
import nova.sync.service.ReferenceOutbox;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything done to appointments. Each change is checked by {@link BookingRules} or {@link StatusTransitions},
 * then written with its history line, audit event and outbox entry in one local transaction. The busy time a
 * check needs is read from the store for the days concerned, so a change made by sync or by another window is
 * always seen.
 */
public final class AgendaService {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaService.class);
    static final String HOLIDAYS_SETTING = "agenda.holidays";
    /** The longest appointment the agenda accepts (a long surgery); the busy-time query relies on it. */
    static final int MAX_MINUTES = 8 * 60;

    private final Database database;
    private final ClinicService clinic;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final ReferenceOutbox references;
    private final SettingsStore settings;
    private final Clock clock;
    private final String username;
    private final AppointmentViews views;
    private final StatusTransitions transitions = new StatusTransitions();

    /** The schedule and the profile it was built from (a new profile object means it changed). */
    private record CachedSchedule(ClinicProfile profile, WorkingSchedule schedule) {
    }

    private volatile CachedSchedule cachedSchedule;

    public AgendaService(Database database, ClinicService clinic, AuditLog audit, OutboxWriter outbox,
                         SettingsStore settings, Clock clock, String username) {
        this.database = database;
        this.clinic = clinic;
        this.audit = audit;
        this.outbox = outbox;
        this.references = new ReferenceOutbox(outbox);
        this.settings = settings;
        this.clock = clock;
        this.username = username;
        this.views = new AppointmentViews(clinic);
    }

    // ---- reading

    public List<AppointmentView> day(LocalDate date) {
        return range(date, date.plusDays(1));
    }

    /** Appointments starting in [from, toExclusive), cancelled ones included (the agenda greys them). */
    public List<AppointmentView> range(LocalDate from, LocalDate toExclusive) {
        ZoneId zone = zone();
        return database.inTransaction(session -> views.of(session, startingBetween(session,
                from.atStartOfDay(zone).toInstant(), toExclusive.atStartOfDay(zone).toInstant())));
    }

    /**
     * The appointments still expected (« Prévu », « Confirmé ») starting in [from, toExclusive), in time order: what
     * a change of closings or hours leaves in place, for the administrator to move or cancel.
     */
    public List<AppointmentView> expected(LocalDate from, LocalDate toExclusive) {
        return range(from, toExclusive).stream().filter(AgendaService::stillExpected).toList();
    }

    /**
     * The future appointments still expected with this practitioner or chair that {@code hours} would leave outside
     * (null: the clinic's hours), in time order. Nothing is changed: changing hours never moves appointments.
     */
    public List<AppointmentView> expectedOutside(UUID resourceId, nova.clinic.domain.ResourceHours hours) {
        nova.agenda.domain.WeeklyHours weekly = hours == null ? schedule().clinicHours()
                : WorkingSchedule.weekly(hours);
        List<AppointmentView> future = database.inTransaction(session -> views.of(session, session.createSelectionQuery(
                        "from AppointmentEntity where deleted = false and start >= :now"
                                + " and (practitionerId = :r or chairId = :r) order by start", AppointmentEntity.class)
                .setParameter("now", clock.instant()).setParameter("r", resourceId).getResultList()));
        return future.stream().filter(AgendaService::stillExpected).filter(a -> !fits(weekly, a)).toList();
    }

    private static boolean stillExpected(AppointmentView appointment) {
        return appointment.status() == AppointmentStatus.BOOKED || appointment.status() == AppointmentStatus.CONFIRMED;
    }

    /** Within one worked range of its day (an appointment running past midnight fits nowhere). */
    private static boolean fits(nova.agenda.domain.WeeklyHours weekly, AppointmentView appointment) {
        int from = appointment.start().getHour() * 60 + appointment.start().getMinute();
        long to = from + java.time.Duration.between(appointment.start(), appointment.end()).toMinutes();
        return to <= nova.agenda.domain.ClockRange.END_OF_DAY
                && weekly.covers(appointment.start().getDayOfWeek(), from, (int) to);
    }

    public Optional<AppointmentView> find(UUID id) {
        return database.inTransaction(session -> Optional.ofNullable(session.find(AppointmentEntity.class, id))
                .filter(a -> !a.isDeleted()).map(a -> views.of(session, List.of(a)).getFirst()));
    }

    /** A patient's appointments, past and future, newest first (the patient card). */
    public List<AppointmentView> forPatient(UUID patientId) {
        return database.inTransaction(session -> views.of(session, session.createSelectionQuery(
                        "from AppointmentEntity where deleted = false and patientId = :p order by start desc",
                        AppointmentEntity.class).setParameter("p", patientId).getResultList()));
    }

    public List<AppointmentChange> history(UUID appointmentId) {
        return database.inTransaction(session -> historyRows(session, appointmentId).stream()
                .map(h -> new AppointmentChange(h.getAt(), h.getUsername(), h.getChangeKind(), h.getFromStatus(),
                        h.getToStatus(), h.getDetails())).toList());
    }

    /**
     * The clinic's hours, resources' own hours, holidays and closing days as the rules use them. Built once and
     * kept until the holidays are saved or the clinic is reloaded (every reload makes a new profile object), since
     * every booking check needs it.
     */
    public WorkingSchedule schedule() {
        CachedSchedule current = cachedSchedule;
        if (current == null || current.profile() != clinic.profile()) {
            ClinicProfile profile = clinic.profile();
            HolidayCalendar holidays = settings.get(HOLIDAYS_SETTING)
                    .map(text -> HolidayCalendar.parse(text.lines().toList()))
                    .orElseGet(() -> HolidayCalendar.preset(profile.countryCallingCode() == 223 ? "ML" : "DZ"));
            current = new CachedSchedule(profile, WorkingSchedule.of(profile, clinic.ownHours(),
                    clinic.closingPeriods(), holidays));
            cachedSchedule = current;
        }
        return current.schedule();
    }

    public void saveHolidays(HolidayCalendar calendar) {
        settings.put(HOLIDAYS_SETTING, String.join("\n", calendar.toLines()));
        cachedSchedule = null;
    }

    // ---- checking and searching

    /** What the rules say of a booking before it is made: errors refuse it, warnings are shown to confirm. */
    public BookingCheck check(BookingRequest request) {
        Resolved resolved = resolve(request);
        return database.inTransaction(session -> {
            PatientEntity patient = request.patientId() == null ? null : session.find(PatientEntity.class, request.patientId());
            return check(session, resolved.candidate(Ids.newId(), request.patientId(),
                    patient == null ? "" : patient.toSummary().fullName()));
        });
    }

    /** The earliest free slots for a care type in a window (the assistant's FIND_SLOTS uses this too). */
    public List<SlotProposal> findSlots(SlotQuery query) {
        BusyIndex busy = database.inTransaction(session -> busyBetween(session, query.windowStart().toInstant(),
                query.windowEnd().toInstant()));
        return new SlotFinder(schedule(), clinic.chairs(), clinic.practitioners()).find(query, busy);
    }

    // ---- changing

    public AppointmentView book(BookingRequest request) {
        Resolved resolved = resolve(request);
        return database.inTransaction(session -> {
            PatientEntity patient = session.find(PatientEntity.class, request.patientId());
            if (patient == null || patient.isDeleted()) {
                throw new BookingRefusedException("Choisissez ou créez d'abord le patient.");
            }
            UUID id = Ids.newId();
            refuseIfNotAllowed(check(session, resolved.candidate(id, patient.getId(), patient.toSummary().fullName())));
            Instant now = clock.instant();
            AppointmentEntity appointment = new AppointmentEntity(id, clinic.siteId(), now, patient.getId(),
                    resolved.practitioner().id(), resolved.chair().id(), resolved.careType().code(),
                    resolved.start().toInstant(), resolved.end().toInstant(),
                    request.source() == null ? "GUI" : request.source(), blankToNull(request.notes()));
            session.persist(appointment);
            record(session, appointment, "CREATED", null, AppointmentStatus.BOOKED,
                    resolved.careType().code() + " " + resolved.start().toLocalDateTime());
            audit.record(session, "APPOINTMENT_BOOKED", "appointment", id, "source=" + appointment.getSource());
            LOG.info("event=appointment_booked id={} care_type={} source={}", id, resolved.careType().code(),
                    appointment.getSource());
            return views.of(session, List.of(appointment)).getFirst();
        });
    }

    /** Moves (another chair, practitioner or time) and/or lengthens or shortens an appointment. */
    public AppointmentView move(UUID id, UUID chairId, UUID practitionerId, ZonedDateTime start, int durationMinutes) {
        return database.inTransaction(session -> {
            AppointmentEntity appointment = existing(session, id);
            if (!appointment.getStatus().occupiesTime()) {
                throw new BookingRefusedException("Un rendez-vous " + StatusTransitions.label(appointment.getStatus())
                        .toLowerCase(java.util.Locale.FRENCH) + " ne se déplace pas : reprenez un nouveau rendez-vous.");
            }
            int minutes = durationMinutes > 0 ? durationMinutes
                    : (int) java.time.Duration.between(appointment.getStart(), appointment.getEnd()).toMinutes();
            Resolved resolved = resolve(new BookingRequest(appointment.getPatientId(), appointment.getCareTypeCode(),
                    practitionerId, chairId, start, minutes, appointment.getNotes(), appointment.getSource()));
            PatientEntity patient = session.find(PatientEntity.class, appointment.getPatientId());
            refuseIfNotAllowed(check(session, resolved.candidate(id, appointment.getPatientId(),
                    patient == null ? "?" : patient.toSummary().fullName())));
            String before = describe(appointment);
            appointment.moveTo(resolved.chair().id(), resolved.practitioner().id(), resolved.start().toInstant(),
                    resolved.end().toInstant(), clock.instant());
            record(session, appointment, "MOVED", appointment.getStatus(), appointment.getStatus(),
                    before + " -> " + describe(appointment));
            audit.record(session, "APPOINTMENT_MOVED", "appointment", id, null);
            return views.of(session, List.of(appointment)).getFirst();
        });
    }

    /** Confirmed, arrived, in consultation, done, no-show or cancelled (a reason is required to cancel). */
    public AppointmentView changeStatus(UUID id, AppointmentStatus to, String reason) {
        return database.inTransaction(session -> {
            AppointmentEntity appointment = existing(session, id);
            AppointmentStatus from = appointment.getStatus();
            TransitionResult result = transitions.check(from, to, reason);
            if (!result.allowed()) {
                throw new BookingRefusedException(result.refusal());
            }
            appointment.changeStatus(to, blankToNull(reason), clock.instant());
            record(session, appointment, "STATUS", from, to, blankToNull(reason));
            audit.record(session, "APPOINTMENT_STATUS", "appointment", id, from + "->" + to);
            return views.of(session, List.of(appointment)).getFirst();
        });
    }

    /** Undoes the latest status change still in effect (a wrong "Absent", a cancellation by mistake). */
    public AppointmentView undoStatus(UUID id) {
        return database.inTransaction(session -> {
            AppointmentEntity appointment = existing(session, id);
            List<StatusChange> changes = historyRows(session, id).stream()
                    .filter(h -> !h.getChangeKind().equals("MOVED"))
                    .map(h -> new StatusChange(h.getFromStatus(), h.getToStatus(), h.getAt(), h.getUsername(),
                            h.getDetails(), h.getChangeKind().equals("STATUS_UNDONE"))).toList();
            TransitionResult result = transitions.checkUndo(appointment.getStatus(), changes);
            if (!result.allowed()) {
                throw new BookingRefusedException(result.refusal());
            }
            AppointmentStatus target = result.target();
            if (target.occupiesTime() && !appointment.getStatus().occupiesTime()) {
                // The time was given back when it was cancelled: it may have been booked meanwhile.
                AppointmentView candidate = views.of(session, List.of(appointment)).getFirst();
                refuseIfNotAllowed(check(session, withStatus(candidate, target)));
            }
            AppointmentStatus from = appointment.getStatus();
            appointment.changeStatus(target, target == AppointmentStatus.CANCELLED ? appointment.getCancelReason() : null,
                    clock.instant());
            record(session, appointment, "STATUS_UNDONE", from, target, null);
            audit.record(session, "APPOINTMENT_STATUS_UNDONE", "appointment", id, from + "->" + target);
            return views.of(session, List.of(appointment)).getFirst();
        });
    }

    public Blockout addBlockout(Blockout blockout) {
        database.runInTransaction(session -> {
            session.persist(new BlockoutEntity(clinic.siteId(), clock.instant(), blockout));
            references.changed(session, ReferenceKind.BLOCKOUT, blockout.id());
            audit.record(session, "BLOCKOUT_ADDED", "blockout", blockout.id(), null);
        });
        return blockout;
    }

    public void removeBlockout(UUID id) {
        database.runInTransaction(session -> {
            BlockoutEntity entity = session.find(BlockoutEntity.class, id);
            if (entity != null && !entity.isDeleted()) {
                entity.markDeleted(clock.instant());
                references.changed(session, ReferenceKind.BLOCKOUT, id);
                audit.record(session, "BLOCKOUT_REMOVED", "blockout", id, null);
            }
        });
    }

    /**
     * A blockout drawn in the agenda grid (« Bloquer ce créneau… »): refused, with the booking rules' French
     * explanation, over an appointment, another blockout, a closed day or outside its resource's hours.
     */
    public Blockout placeBlockout(Blockout blockout) {
        return database.inTransaction(session -> {
            refuseIfNotAllowed(checkBlockout(session, blockout));
            session.persist(new BlockoutEntity(clinic.siteId(), clock.instant(), blockout));
            references.changed(session, ReferenceKind.BLOCKOUT, blockout.id());
            audit.record(session, "BLOCKOUT_ADDED", "blockout", blockout.id(), describe(blockout));
            LOG.info("event=blockout_placed id={}", blockout.id());
            return blockout;
        });
    }

    /** The paste of a cut blockout: the same blockout (same id, length and reason) at another start and resource. */
    public Blockout moveBlockout(UUID id, Instant newStart, UUID newResourceId) {
        return database.inTransaction(session -> {
            BlockoutEntity entity = existingBlockout(session, id);
            Blockout moved = entity.toBlockout().movedTo(newStart, newResourceId);
            refuseIfNotAllowed(checkBlockout(session, moved));
            String before = describe(entity.toBlockout());
            entity.moveTo(moved.start(), moved.end(), moved.resourceId(), clock.instant());
            references.changed(session, ReferenceKind.BLOCKOUT, id);
            audit.record(session, "BLOCKOUT_MOVED", "blockout", id, before + " -> " + describe(moved));
            return moved;
        });
    }

    /** The paste of a copied blockout: a new blockout with its length and reason at another start and resource. */
    public Blockout copyBlockout(UUID id, Instant newStart, UUID newResourceId) {
        Blockout original = database.inTransaction(session -> existingBlockout(session, id).toBlockout());
        return placeBlockout(original.copyAt(newStart, newResourceId));
    }

    public List<Blockout> blockouts(LocalDate from, LocalDate toExclusive) {
        ZoneId zone = zone();
        return database.inTransaction(session -> blockoutsBetween(session, from.atStartOfDay(zone).toInstant(),
                toExclusive.atStartOfDay(zone).toInstant()));
    }

    // ---- internals

    /** The request's care type, chair, practitioner and times, or a French refusal naming what is missing. */
    private record Resolved(CareType careType, Chair chair, Practitioner practitioner, ZonedDateTime start,
                            ZonedDateTime end, String notes) {

        AppointmentView candidate(UUID id, UUID patientId, String patientName) {
            return new AppointmentView(id, patientId, patientName, null, careType.code(), careType.label(),
                    careType.colorHex(), practitioner.id(), practitioner.displayName(), chair.id(), chair.name(), start,
                    end, AppointmentStatus.BOOKED, notes);
        }
    }

    private Resolved resolve(BookingRequest request) {
        // A deactivated resource or care type is still known by name: the refusal says so.
        CareType careType = clinic.careType(request.careTypeCode()).orElseThrow(() ->
                clinic.anyCareType(request.careTypeCode()).map(c -> new BookingRefusedException("Le type de soin « "
                                + c.label() + " » n'est plus proposé : choisissez-en un autre."))
                        .orElseGet(() -> new BookingRefusedException("Type de soin inconnu : « "
                                + request.careTypeCode() + " ».")));
        Chair chair = request.chairId() == null ? null : clinic.chair(request.chairId()).orElse(null);
        if (chair == null) {
            throw new BookingRefusedException(request.chairId() == null ? "Choisissez un fauteuil ou une salle."
                    : clinic.chairName(request.chairId()).map(name -> "« " + name
                            + " » est désactivé : choisissez un autre fauteuil ou une autre salle.")
                    .orElse("Choisissez un fauteuil ou une salle."));
        }
        Practitioner practitioner = request.practitionerId() == null ? null
                : clinic.practitioner(request.practitionerId()).orElse(null);
        if (practitioner == null) {
            throw new BookingRefusedException(request.practitionerId() == null ? "Choisissez un praticien."
                    : clinic.practitionerName(request.practitionerId()).map(name -> name
                            + " est désactivé : choisissez un autre praticien.").orElse("Choisissez un praticien."));
        }
        if (request.start() == null) {
            throw new BookingRefusedException("Choisissez la date et l'heure du rendez-vous.");
        }
        int minutes = request.effectiveDurationMinutes(careType);
        if (minutes < 5 || minutes > MAX_MINUTES) {
            throw new BookingRefusedException("La durée doit être comprise entre 5 minutes et 8 heures.");
        }
        ZonedDateTime start = request.start().withZoneSameInstant(zone());
        return new Resolved(careType, chair, practitioner, start, start.plusMinutes(minutes), request.notes());
    }

    /**
     * The rules on the busy time of the candidate's day, read in the caller's transaction (so committed changes
     * of sync or another window are seen). The day's appointments are read as values, not entities (nothing to
     * track or dirty-check at commit). Patients' names only appear in refusal and warning texts, so the check
     * first runs without them and, only when something is reported, again with them: the usual booking into a
     * free slot does not read every patient of the day.
     */
    private BookingCheck check(Session session, AppointmentView candidate) {
        ZoneId zone = zone();
        LocalDate day = candidate.start().toLocalDate();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant().plusSeconds(
                Math.max(0, java.time.Duration.between(candidate.start(), candidate.end()).getSeconds()));
        List<BusySlot> slots = busySlots(session, from, to);
        List<Blockout> blockouts = blockoutsBetween(session, from, to);
        BookingRules rules = new BookingRules(schedule(), clinic.doubleBookingPolicy(), clock);
        BookingCheck quick = rules.check(candidate, BusyIndex.of(views.ofSlots(null, slots), blockouts));
        if (quick.errors().isEmpty() && quick.warnings().isEmpty()) {
            return quick;
        }
        return rules.check(candidate, BusyIndex.of(views.ofSlots(session, slots), blockouts));
    }

    private BookingCheck checkBlockout(Session session, Blockout blockout) {
        UUID resource = blockout.resourceId();
        Optional<Chair> chair = resource == null ? Optional.empty() : clinic.chair(resource);
        Optional<Practitioner> practitioner = resource == null || chair.isPresent() ? Optional.empty()
                : clinic.practitioner(resource);
        if (resource != null && chair.isEmpty() && practitioner.isEmpty()) {
            throw new BookingRefusedException("Ce fauteuil ou ce praticien n'existe plus.");
        }
        String name = chair.map(Chair::name).orElseGet(() -> practitioner.map(Practitioner::displayName).orElse(null));
        BusyIndex busy = busyBetween(session, blockout.start(), blockout.end());
        busy.remove(blockout.id());
        List<AppointmentView> overlapping = blockout.wholeClinic()
                ? views.of(session, overlappingAppointments(session, blockout.start(), blockout.end())) : List.of();
        return new BookingRules(schedule(), DoubleBookingPolicy.REFUSE)
                .checkBlockout(blockout, name, practitioner.isPresent(), busy, overlapping);
    }

    private static BlockoutEntity existingBlockout(Session session, UUID id) {
        BlockoutEntity entity = session.find(BlockoutEntity.class, id);
        if (entity == null || entity.isDeleted()) {
            throw new BookingRefusedException("Ce blocage n'existe plus (supprimé entre-temps).");
        }
        return entity;
    }

    private String describe(Blockout blockout) {
        String who = blockout.wholeClinic() ? "établissement" : clinic.chair(blockout.resourceId()).map(Chair::name)
                .or(() -> clinic.practitioner(blockout.resourceId()).map(Practitioner::displayName)).orElse("?");
        return who + " " + blockout.start().atZone(zone()).toLocalDateTime() + " "
                + blockout.duration().toMinutes() + " min";
    }

    private static void refuseIfNotAllowed(BookingCheck check) {
        if (!check.allowed()) {
            throw new BookingRefusedException(check.errorText());
        }
    }

    private BusyIndex busyBetween(Session session, Instant from, Instant to) {
        return BusyIndex.of(views.of(session, overlappingAppointments(session, from, to)),
                blockoutsBetween(session, from, to));
    }

    /** The appointments overlapping [from, to) as values (see {@link #overlappingAppointments}), by start. */
    private static List<BusySlot> busySlots(Session session, Instant from, Instant to) {
        return session.createSelectionQuery(
                        "select id, patientId, chairId, practitionerId, careTypeCode, start, end, status, notes"
                                + " from AppointmentEntity where deleted = false and start >= :earliest"
                                + " and start < :to and end > :from order by start", BusySlot.class)
                .setParameter("earliest", from.minusSeconds(60L * MAX_MINUTES))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static List<AppointmentEntity> overlappingAppointments(Session session, Instant from, Instant to) {
        // No appointment lasts longer than MAX_MINUTES, so one that overlaps [from, to) started after
        // from - MAX_MINUTES: that lower bound lets the start index skip the whole past.
        return session.createSelectionQuery(
                        "from AppointmentEntity where deleted = false and start >= :earliest and start < :to"
                                + " and end > :from order by start", AppointmentEntity.class)
                .setParameter("earliest", from.minusSeconds(60L * MAX_MINUTES))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private List<Blockout> blockoutsBetween(Session session, Instant from, Instant to) {
        return session.createSelectionQuery(
                        "from BlockoutEntity where deleted = false and start < :to and end > :from order by start",
                        BlockoutEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(BlockoutEntity::toBlockout).toList();
    }

    private static List<AppointmentEntity> startingBetween(Session session, Instant from, Instant to) {
        return session.createSelectionQuery(
                        "from AppointmentEntity where deleted = false and start >= :s and start < :e order by start",
                        AppointmentEntity.class)
                .setParameter("s", from).setParameter("e", to).getResultList();
    }

    private static List<AppointmentHistoryEntity> historyRows(Session session, UUID appointmentId) {
        return session.createSelectionQuery(
                        "from AppointmentHistoryEntity where appointmentId = :a order by at, id",
                        AppointmentHistoryEntity.class).setParameter("a", appointmentId).getResultList();
    }

    private static AppointmentEntity existing(Session session, UUID id) {
        AppointmentEntity appointment = session.find(AppointmentEntity.class, id);
        if (appointment == null || appointment.isDeleted()) {
            throw new BookingRefusedException("Ce rendez-vous n'existe plus (supprimé ou remplacé par une synchronisation).");
        }
        return appointment;
    }

    /** History line and outbox entry of a change, in the caller's transaction. */
    private void record(Session session, AppointmentEntity appointment, String kind, AppointmentStatus from,
                        AppointmentStatus to, String details) {
        session.persist(new AppointmentHistoryEntity(Ids.newId(), appointment.getId(), clock.instant(), username, kind,
                from, to, details));
        outbox.upsert(session, "appointment", appointment.getId(), appointment.getHubVersion(), appointment.syncFields());
    }

    private String describe(AppointmentEntity appointment) {
        return clinic.chair(appointment.getChairId()).map(Chair::name).orElse("?") + " "
                + appointment.getStart().atZone(zone()).toLocalDateTime() + " "
                + java.time.Duration.between(appointment.getStart(), appointment.getEnd()).toMinutes() + " min";
    }

    private static AppointmentView withStatus(AppointmentView view, AppointmentStatus status) {
        return new AppointmentView(view.id(), view.patientId(), view.patientName(), view.patientPhone(),
                view.careTypeCode(), view.careTypeLabel(), view.colorHex(), view.practitionerId(),
                view.practitionerName(), view.chairId(), view.chairName(), view.start(), view.end(), status, view.notes());
    }

    private ZoneId zone() {
        return clinic.profile().zone();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
