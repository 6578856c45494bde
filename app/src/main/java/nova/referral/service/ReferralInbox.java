package nova.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nova.common.ValidationException;
import nova.consultation.domain.Referral;
import nova.consultation.domain.Vitals;
import nova.consultation.service.ClinicalAccess;
import nova.consultation.store.ConsultationJson;
import nova.patient.store.PatientEntity;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.referral.domain.ReferralProgress;
import nova.referral.domain.SentReferralState;
import nova.referral.store.ReferralEntity;
import nova.referral.store.ReferralStatusEntity;
import nova.security.domain.CurrentUser;
import nova.security.service.AuditLog;
import nova.store.Database;
import nova.sync.service.OutboxWriter;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referrals other sites addressed to this one: the list, a referral opened (its clinical part for clinical
 * readers only, the opening audited and answered « vue »), and the steps the receiving site marks, each sent back
 * to the sender as this site's {@code referral_status} record in the same transaction (decision 0202). Also what
 * the sending site shows of its own referrals' answers. Logs name ids only.
 */
public final class ReferralInbox {

    /** The hub's entity name of the receiving site's answer. */
    public static final String STATUS_ENTITY = "referral_status";
    private static final Logger LOG = LoggerFactory.getLogger(ReferralInbox.class);
    static final java.time.Duration KEPT_IN_LIST = java.time.Duration.ofDays(60);
    /** A sender this desk has no name for at all (neither the directory nor the referral gave one). */
    static final String UNNAMED_SITE = "Structure NOVA sans nom";

    private final Database database;
    private final AuditLog audit;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final UUID localSiteId;
    private final CurrentUser user;
    private final Supplier<Optional<String>> hubSiteId;
    private final SiteDirectory directory;

    public ReferralInbox(Database database, AuditLog audit, OutboxWriter outbox, Clock clock, UUID localSiteId,
                         CurrentUser user, Supplier<Optional<String>> hubSiteId, SiteDirectory directory) {
        this.database = database;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.localSiteId = localSiteId;
        this.user = user;
        this.hubSiteId = hubSiteId;
        this.directory = directory;
    }

    /**
     * Referrals addressed to this site, the most recent first: every one still to handle, and those handled or
     * cancelled in the last {@link #KEPT_IN_LIST} days (a CSRéf receives thousands a year; the list is read at
     * every agenda load).
     */
    public List<ReceivedReferral> received() {
        Optional<String> me = hubSiteId.get();
        if (me.isEmpty()) {
            return List.of();
        }
        Instant since = clock.instant().minus(KEPT_IN_LIST);
        return database.inTransaction(session -> {
            Map<String, String> names = directory.lastKnownNames(session);
            return session.createSelectionQuery(
                        "select r, s from ReferralEntity r left join ReferralStatusEntity s on s.id = r.id"
                                + " where r.targetSite = :me and r.deleted = false and (r.referredAt >= :since"
                                + " or (r.cancelled = false and (s is null or s.status <> :handled)))"
                                + " order by r.referredAt desc", Object[].class)
                .setParameter("me", me.get()).setParameter("since", since)
                .setParameter("handled", ReferralProgress.HANDLED).getResultStream()
                .map(row -> line((ReferralEntity) row[0], (ReferralStatusEntity) row[1], names)).toList();
        });
    }

    /** Opens one referral; the first opening here answers « vue » to the sender. */
    public ReferralDetails open(UUID id) {
        boolean clinical = ClinicalAccess.mayRead(user.role());
        return database.inTransaction(session -> {
            ReferralEntity referral = receivedOne(session, id);
            ReferralStatusEntity status = advance(session, referral, ReferralProgress.SEEN);
            audit.record(session, "REFERRAL_READ", "referral", id, clinical ? "clinical" : null);
            ReceivedReferral line = line(referral, status, directory.lastKnownNames(session));
            if (!clinical) {
                return new ReferralDetails(line, false, List.of(), Vitals.NONE);
            }
            return new ReferralDetails(line, true, ConsultationJson.diagnoses(referral.getDiagnosisJson()),
                    referral.getVitals());
        });
    }

    /** « Marquer comme reçue » / « … traitée »: a step already passed changes nothing. */
    public ReceivedReferral mark(UUID id, ReferralProgress step) {
        ReceivedReferral marked = database.inTransaction(session -> {
            ReferralEntity referral = receivedOne(session, id);
            if (referral.isCancelled()) {
                throw new ValidationException("Cette orientation a été annulée par la structure qui l'avait envoyée.");
            }
            ReferralStatusEntity status = advance(session, referral, step);
            audit.record(session, "REFERRAL_" + step.name(), "referral", id, null);
            return line(referral, status, directory.lastKnownNames(session));
        });
        LOG.info("event=referral_marked id={} step={}", id, step);
        return marked;
    }

    /** Remembers the patient record of this site that the referral concerns (created or found by the desk). */
    public ReceivedReferral linkPatient(UUID id, UUID patientId) {
        return database.inTransaction(session -> {
            ReferralEntity referral = receivedOne(session, id);
            PatientEntity patient = session.find(PatientEntity.class, patientId);
            if (patient == null || patient.isDeleted()) {
                throw new ValidationException("Ce patient n'existe pas (ou plus) sur ce poste.");
            }
            referral.linkPatient(patientId);
            audit.record(session, "REFERRAL_PATIENT_LINKED", "referral", id, "patient=" + patientId);
            return line(referral, session.find(ReferralStatusEntity.class, id), directory.lastKnownNames(session));
        });
    }

    /** What the sending site knows of the answer to a referral it sent (empty for a free-text destination). */
    public Optional<SentReferralState> sentState(Referral referral) {
        if (referral == null || referral.referralId() == null) {
            return Optional.empty();
        }
        return database.inTransaction(session -> {
            ReferralStatusEntity status = session.find(ReferralStatusEntity.class, referral.referralId());
            ReferralEntity sent = session.find(ReferralEntity.class, referral.referralId());
            String destination = siteName(directory.lastKnownNames(session), referral.targetSiteId(),
                    sent == null ? null : sent.getTargetSiteName(), referral.destination());
            return status == null ? Optional.of(new SentReferralState(destination, ReferralProgress.NEW, null))
                    : Optional.of(new SentReferralState(destination, status.getStatus(), status.reachedAt()));
        });
    }

    private ReferralEntity receivedOne(Session session, UUID id) {
        ReferralEntity referral = session.find(ReferralEntity.class, id);
        String me = hubSiteId.get().orElse(null);
        if (referral == null || referral.isDeleted() || !referral.getTargetSite().equals(me)) {
            throw new ValidationException("Cette orientation n'existe pas sur ce poste.");
        }
        return referral;
    }

    private ReferralStatusEntity advance(Session session, ReferralEntity referral, ReferralProgress step) {
        Instant now = clock.instant().plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        ReferralStatusEntity status = session.find(ReferralStatusEntity.class, referral.getId());
        boolean created = status == null;
        if (created) {
            status = new ReferralStatusEntity(referral.getId(), localSiteId, now, referral.getFromSite());
        }
        if (!status.advance(step, now)) {
            return status;
        }
        if (created) {
            session.persist(status);
        }
        session.flush();
        outbox.upsert(session, STATUS_ENTITY, status.getId(), status.getHubVersion(), status.syncFields());
        return status;
    }

    /**
     * A site as people know it: the name the hub's directory last gave it (following a rename, kept after the
     * site was removed, decision 0216), else the name the referral carried, never a bare id.
     */
    private static String siteName(Map<String, String> lastKnown, String siteId, String... carried) {
        String named = siteId == null ? null : lastKnown.get(siteId);
        if (named != null && !named.isBlank() && !named.equals(siteId)) {
            return named;
        }
        for (String name : carried) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return named != null ? named : UNNAMED_SITE;
    }

    private static ReceivedReferral line(ReferralEntity r, ReferralStatusEntity status, Map<String, String> names) {
        return new ReceivedReferral(r.getId(), siteName(names, r.getFromSite(), r.getFromSiteName()),
                r.getReferredAt(), r.getPractitionerName(), r.getUrgency(), r.getReason(), r.getPatientLastName(),
                r.getPatientFirstName(), r.getPatientSex(), r.getPatientBirthDate(), r.getPatientBirthYear(),
                r.getPatientPhone(), status == null ? ReferralProgress.NEW : status.getStatus(),
                status == null ? null : status.reachedAt(), r.isCancelled(), r.getLocalPatientId());
    }
}
