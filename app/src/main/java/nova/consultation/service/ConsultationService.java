package nova.consultation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.agenda.store.AppointmentEntity;
import nova.common.Ids;
import nova.common.ValidationException;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.ConsultationLine;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Referral;
import nova.consultation.store.ConsultationEntity;
import nova.consultation.store.ConsultationJson;
import nova.patient.store.PatientEntity;
import nova.referral.service.ReferralSender;
import nova.security.domain.CurrentUser;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.sync.service.OutboxWriter;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records and reads consultations. Each write is checked ({@link ConsultationRules}), then the row, its audit
 * event and its outbox entry commit in one local transaction. The role is checked here, not only by the screens:
 * a receptionist can neither write clinical content nor read it, whatever calls this service. Logs name ids only,
 * never clinical content (the log files are not encrypted).
 */
public final class ConsultationService {

    /** The hub's entity name of a consultation; also the outbox's and the audit's. */
    public static final String ENTITY = "consultation";
    private static final Logger LOG = LoggerFactory.getLogger(ConsultationService.class);

    private final Database database;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final UUID siteId;
    private final CurrentUser user;
    private final ReferralSender referrals;

    /** A service that keeps referrals inside the consultation only (no hub: none is sent to another site). */
    public ConsultationService(Database database, AuditLog audit, OutboxWriter outbox, Clock clock, UUID siteId,
                               CurrentUser user) {
        this(database, audit, outbox, clock, siteId, user, null);
    }

    /** {@code referrals} sends a referral addressed to another NOVA site along with the consultation. */
    public ConsultationService(Database database, AuditLog audit, OutboxWriter outbox, Clock clock, UUID siteId,
                               CurrentUser user, ReferralSender referrals) {
        this.referrals = referrals;
        this.database = database;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.siteId = siteId;
        this.user = user;
    }

    public boolean mayReadClinical() {
        return ClinicalAccess.mayRead(user.role());
    }

    public boolean mayWriteClinical() {
        return ClinicalAccess.mayWrite(user.role());
    }

    /** Records a new consultation ({@code draft.id()} null) or replaces the content of an existing one. */
    public Consultation save(ConsultationDraft draft) {
        if (!mayWriteClinical()) {
            throw new ClinicalAccessDeniedException(ClinicalAccess.WRITE_REFUSED);
        }
        Instant now = atStorePrecision(clock.instant());
        ConsultationDraft checked = ConsultationRules.checked(draft, now);
        ConsultationDraft valid = new ConsultationDraft(checked.id(), checked.patientId(), checked.appointmentId(),
                checked.practitionerId(), atStorePrecision(checked.seenAt()), checked.reason(), checked.vitals(),
                checked.examination(), checked.diagnoses(), checked.procedures(), checked.prescriptions(),
                checked.referral());
        Consultation saved = database.inTransaction(session -> {
            PatientEntity patient = session.find(PatientEntity.class, valid.patientId());
            if (patient == null || patient.isDeleted()) {
                throw new ValidationException("Ce patient n'existe pas (ou plus) sur ce poste.");
            }
            checkAppointment(session, valid);
            ConsultationEntity entity;
            String action;
            if (valid.id() == null) {
                entity = new ConsultationEntity(Ids.newId(), siteId, now, valid.patientId(), user.username());
                action = "CONSULTATION_CREATED";
            } else {
                entity = session.find(ConsultationEntity.class, valid.id());
                if (entity == null || entity.isDeleted()) {
                    throw new ValidationException("Cette consultation n'existe plus.");
                }
                if (!entity.getPatientId().equals(valid.patientId())) {
                    throw new ValidationException("Une consultation ne peut pas changer de patient.");
                }
                action = "CONSULTATION_UPDATED";
            }
            Referral previous = valid.id() == null ? null : ConsultationJson.referral(entity.getReferralJson());
            Referral referral = sendReferral(session, patient, valid, previous, now);
            entity.fill(valid.appointmentId(), valid.practitionerId(), valid.seenAt(), valid.reason(),
                    valid.vitals(), valid.examination(), ConsultationJson.write(valid.diagnoses()),
                    ConsultationJson.write(valid.procedures()), ConsultationJson.write(valid.prescriptions()),
                    ConsultationJson.write(referral), now);
            if (valid.id() == null) {
                session.persist(entity);
            }
            session.flush();
            outbox.upsert(session, ENTITY, entity.getId(), entity.getHubVersion(), entity.syncFields());
            audit.record(session, action, ENTITY, entity.getId(), "patient=" + valid.patientId());
            return toConsultation(entity);
        });
        LOG.info("event=consultation_saved id={} new={}", saved.id(), draft.id() == null);
        return saved;
    }

    /** One consultation with its clinical content; the reading is audited (who opened which medical record). */
    public Consultation open(UUID id) {
        if (!mayReadClinical()) {
            throw new ClinicalAccessDeniedException(ClinicalAccess.READ_REFUSED);
        }
        return database.inTransaction(session -> {
            ConsultationEntity entity = session.find(ConsultationEntity.class, id);
            if (entity == null || entity.isDeleted()) {
                throw new ValidationException("Cette consultation n'existe plus.");
            }
            audit.record(session, "CONSULTATION_READ", ENTITY, id, null);
            return toConsultation(entity);
        });
    }

    /** The consultation recorded for an appointment, if any (to reopen it rather than start a second one). */
    public Optional<ConsultationLine> forAppointment(UUID appointmentId) {
        return database.inTransaction(session -> session.createSelectionQuery(
                        "from ConsultationEntity where appointmentId = :a and deleted = false order by seenAt",
                        ConsultationEntity.class).setParameter("a", appointmentId).getResultStream()
                .findFirst().map(this::toLine));
    }

    /** A patient's consultations, most recent first; the summary is left out for a user who may not read it. */
    public List<ConsultationLine> historyOf(UUID patientId) {
        return database.inTransaction(session -> session.createSelectionQuery(
                        "from ConsultationEntity where patientId = :p and deleted = false order by seenAt desc",
                        ConsultationEntity.class).setParameter("p", patientId).getResultStream()
                .map(this::toLine).toList());
    }

    private Referral sendReferral(Session session, PatientEntity patient, ConsultationDraft draft, Referral previous,
                                  Instant now) {
        if (referrals != null) {
            return referrals.send(session, patient, draft, previous, now);
        }
        if (draft.referral() != null && draft.referral().addressed()) {
            throw new ValidationException(ReferralSender.NOT_CONNECTED);
        }
        return draft.referral();
    }

    private void checkAppointment(Session session, ConsultationDraft draft) {
        if (draft.appointmentId() == null) {
            return;
        }
        AppointmentEntity appointment = session.find(AppointmentEntity.class, draft.appointmentId());
        if (appointment == null) {
            throw new ValidationException("Ce rendez-vous n'existe pas sur ce poste.");
        }
        if (!appointment.getPatientId().equals(draft.patientId())) {
            throw new ValidationException("Ce rendez-vous est celui d'un autre patient.");
        }
        boolean another = session.createSelectionQuery("select count(*) from ConsultationEntity"
                        + " where appointmentId = :a and deleted = false and id <> :id", Long.class)
                .setParameter("a", draft.appointmentId())
                .setParameter("id", draft.id() == null ? new UUID(0, 0) : draft.id())
                .getSingleResult() > 0;
        if (another) {
            throw new ValidationException("Une consultation est déjà enregistrée pour ce rendez-vous : "
                    + "rouvrez-la pour la compléter.");
        }
    }

    private ConsultationLine toLine(ConsultationEntity entity) {
        String summary = null;
        if (mayReadClinical()) {
            String diagnoses = ConsultationJson.diagnoses(entity.getDiagnosisJson()).stream()
                    .map(Diagnosis::label).collect(Collectors.joining(", "));
            summary = entity.getReason() + (diagnoses.isEmpty() ? "" : " — " + diagnoses);
        }
        return new ConsultationLine(entity.getId(), entity.getAppointmentId(), entity.getSeenAt(),
                entity.getPractitionerId(), entity.getAuthor(), summary);
    }

    private static Consultation toConsultation(ConsultationEntity e) {
        return new Consultation(e.getId(), e.getPatientId(), e.getAppointmentId(), e.getPractitionerId(),
                e.getAuthor(), e.getSeenAt(), e.getReason(), e.getVitals(), e.getNotes(),
                ConsultationJson.diagnoses(e.getDiagnosisJson()), ConsultationJson.procedures(e.getTreatmentJson()),
                ConsultationJson.prescriptions(e.getPrescriptionJson()), ConsultationJson.referral(e.getReferralJson()),
                e.getUpdatedAt());
    }

    /** The store keeps microseconds (rounded): what a save returns must equal what a later read gives. */
    private static Instant atStorePrecision(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
