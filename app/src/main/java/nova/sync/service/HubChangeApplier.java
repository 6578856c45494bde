package nova.sync.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.ReferenceKind;
import nova.sync.store.ConflictRows;
import nova.sync.store.LocalTx;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.sync.store.ParkedRows;
import nova.sync.store.RecordRows;
import nova.sync.store.ShadowRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one pulled hub change to the local store, inside the caller's transaction (which also saves the
 * cursor). Never applies another site's row; never applies a version it already has (a replayed page changes
 * nothing); never overwrites an unpushed local edit (it merges into it); parks what it cannot apply yet.
 */
final class HubChangeApplier {

    private static final Logger LOG = LoggerFactory.getLogger(HubChangeApplier.class);
    private static final Set<String> FREEING = Set.of("CANCELLED", "NO_SHOW");
    static final String ANOTHER_CLINIC = "Le hub connaît un autre profil d'établissement pour ce site : un poste"
            + " installé à part (et non rejoint depuis le hub) est réglé sur le même site. Ce profil n'est pas"
            + " appliqué ; voyez avec l'informaticien (guide : « Deuxième poste du même cabinet »).";

    /** What became of one change. */
    enum Outcome { APPLIED, MERGED, ECHO, ALREADY_HAD, IGNORED, FOREIGN, PARKED }

    /** The outcome and how many "À résoudre" entries it opened. */
    record Applied(Outcome outcome, int conflictsOpened) {
    }

    private final OutboxRows outbox;
    private final ShadowRows shadows;
    private final RecordRows records;
    private final ConflictRows conflicts;
    private final ParkedRows parked;
    private final RecordMerger merger;
    private final OutboxPusher pusher;
    private final SyncIdentity identity;
    private final ObjectMapper json;
    private final Clock clock;
    private final BooleanSupplier chairClashesMatter;
    private final OutboxWriter answers;
    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>> FIELDS =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    HubChangeApplier(OutboxRows outbox, ShadowRows shadows, RecordRows records, ConflictRows conflicts,
                     ParkedRows parked, RecordMerger merger, OutboxPusher pusher, SyncIdentity identity,
                     ObjectMapper json, Clock clock, BooleanSupplier chairClashesMatter) {
        this.outbox = outbox;
        this.shadows = shadows;
        this.records = records;
        this.conflicts = conflicts;
        this.parked = parked;
        this.merger = merger;
        this.pusher = pusher;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
        this.chairClashesMatter = chairClashesMatter;
        this.answers = new OutboxWriter(clock);
    }

    Applied apply(LocalTx tx, ChangeRecord change) throws SQLException {
        if (!identity.hubSiteId().equals(change.siteId()) && !identity.hubSiteId().equals(change.targetSiteId())) {
            // The hub's row-level security already forbids this; a second lock costs nothing.
            LOG.warn("event=sync_foreign_row_refused entity={} id={}", change.entity(), change.id());
            return new Applied(Outcome.FOREIGN, 0);
        }
        if (!RecordRows.synced(change.entity())) {
            return new Applied(Outcome.IGNORED, 0);
        }
        if (!identity.hubSiteId().equals(change.siteId()) && !fromItsAddresser(tx, change)) {
            LOG.warn("event=sync_addressed_row_refused entity={} id={} from={}", change.entity(), change.id(),
                    change.siteId());
            return new Applied(Outcome.FOREIGN, 0);
        }
        Optional<OutboxRow> mine = outbox.byKey(tx.connection(), change.idempotencyKey());
        if (mine.isPresent()) {
            return new Applied(echo(tx, mine.get(), change), 0);
        }
        Optional<Long> localVersion = records.hubVersion(tx.connection(), change.entity(), change.id());
        if (localVersion.isPresent() && localVersion.get() >= change.hubVersion()) {
            return new Applied(Outcome.ALREADY_HAD, 0);
        }
        if (localVersion.isEmpty() && isAnotherClinic(tx, change)) {
            park(tx, change, ANOTHER_CLINIC);
            return new Applied(Outcome.PARKED, 0);
        }
        Savepoint savepoint = tx.connection().setSavepoint();
        try {
            Applied applied = write(tx, change, localVersion.isPresent());
            tx.connection().releaseSavepoint(savepoint);
            parked.remove(tx.connection(), change.idempotencyKey());
            return applied;
        } catch (SQLException e) {
            if (!isDataProblem(e)) {
                throw e;
            }
            tx.connection().rollback(savepoint);
            park(tx, change, reasonFor(e));
            return new Applied(Outcome.PARKED, 0);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            tx.connection().rollback(savepoint);
            park(tx, change, "Contenu illisible pour ce poste : " + e.getMessage());
            return new Applied(Outcome.PARKED, 0);
        }
    }

    /**
     * A record another site addressed to this one must be what that site may say: a referral it sends (its own
     * site named as the sender), or its answer to a referral this site sent to it. Anything else is refused even
     * though the hub's row-level security already allowed reading it.
     */
    private boolean fromItsAddresser(LocalTx tx, ChangeRecord change) throws SQLException {
        if (!Addressee.ADDRESSABLE.contains(change.entity())) {
            return false;
        }
        if ("referral".equals(change.entity())) {
            if (change.payload() == null) {
                return false;
            }
            ObjectNode payload = merger.object(change.payload());
            return change.siteId().equals(payload.path("from_site").asText(null))
                    && identity.hubSiteId().equals(payload.path("target_site").asText(null));
        }
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT count(*) FROM referral WHERE id = ? AND from_site = ? AND target_site = ?")) {
            query.setObject(1, change.id());
            query.setString(2, identity.hubSiteId());
            query.setString(3, change.siteId());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /**
     * A store holds one clinic profile. A second one comes from a desk set up on its own (not joined from the hub)
     * but configured with this site: applying it would leave this desk with two profiles, so it waits, visible.
     */
    private static boolean isAnotherClinic(LocalTx tx, ChangeRecord change) throws SQLException {
        if (!ReferenceKind.CLINIC.entity().equals(change.entity()) || change.operation() == Operation.DELETE) {
            return false;
        }
        try (PreparedStatement query = tx.connection().prepareStatement(
                "SELECT count(*) FROM clinic WHERE deleted = FALSE AND id <> ?")) {
            query.setObject(1, change.id());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    /** Our own change coming back: if its reply had been lost, this is its acknowledgement. */
    private Outcome echo(LocalTx tx, OutboxRow row, ChangeRecord change) throws SQLException {
        if (OutboxRow.PENDING.equals(row.status()) || OutboxRow.STAGED.equals(row.status())) {
            pusher.acknowledge(tx, row, change.hubVersion());
        } else {
            records.setHubVersion(tx.connection(), change.entity(), change.id(), change.hubVersion());
            shadows.put(tx.connection(), change.entity(), change.id(), change.hubVersion(), change.payload());
        }
        return Outcome.ECHO;
    }

    private Applied write(LocalTx tx, ChangeRecord change, boolean exists) throws SQLException {
        List<OutboxRow> waiting = outbox.waitingFor(tx.connection(), change.entity(), change.id());
        int opened = 0;
        Outcome outcome;
        String payload = change.operation() == Operation.DELETE ? null : change.payload();
        if (!waiting.isEmpty()) {
            opened += merger.mergeIntoWaiting(tx, change.entity(), change.id(), waiting, payload,
                    change.hubVersion(), change.hubSequence(), change.idempotencyKey());
            outcome = Outcome.MERGED;
        } else {
            if (payload == null) {
                if (exists) {
                    records.markDeleted(tx.connection(), change.entity(), change.id(), change.hubVersion());
                }
            } else {
                ObjectNode incoming = merger.object(payload);
                boolean aheadOfHub = exists && ForwardOnlySteps.governs(change.entity())
                        && keepStepsReached(tx, change, incoming);
                records.write(tx.connection(), change.entity(), change.id(), incoming,
                        change.hubVersion(), identity.localSiteId());
                if (aheadOfHub && identity.hubSiteId().equals(change.siteId())) {
                    // Our site's own answer came back behind a step a desk here reached (a desk of an older
                    // release merged it field by field): send the furthest step again, for the sender and the hub.
                    answerAgain(tx, change, incoming);
                }
            }
            shadows.put(tx.connection(), change.entity(), change.id(), change.hubVersion(), payload);
            outcome = Outcome.APPLIED;
        }
        if ("appointment".equals(change.entity()) && chairClashesMatter.getAsBoolean()) {
            opened += checkChair(tx, change.id());
        }
        return new Applied(outcome, opened);
    }

    /**
     * A pulled answer never takes a referral back to an earlier step than this desk holds (decision 0215): the
     * incoming payload takes the furthest step and each step's earliest instant. Returns whether this desk was
     * ahead of the hub's version.
     */
    private boolean keepStepsReached(LocalTx tx, ChangeRecord change, ObjectNode incoming) throws SQLException {
        Optional<ObjectNode> local = records.readPayload(tx.connection(), change.entity(), change.id(), json);
        return local.isPresent() && ForwardOnlySteps.fold(incoming, local.get());
    }

    private void answerAgain(LocalTx tx, ChangeRecord change, ObjectNode folded) {
        tx.session().flush();
        answers.upsert(tx.session(), change.entity(), change.id(), change.hubVersion(),
                json.convertValue(folded, FIELDS));
        tx.session().flush();
        LOG.info("event=referral_answer_resent id={}", change.id());
    }

    /** Two appointments on one chair at overlapping times (booked offline on two workstations): "À résoudre". */
    private int checkChair(LocalTx tx, UUID appointmentId) throws SQLException {
        Optional<ObjectNode> row = records.readPayload(tx.connection(), "appointment", appointmentId, json);
        if (row.isEmpty()) {
            return 0;
        }
        ObjectNode incoming = row.get();
        Instant now = clock.instant();
        if (incoming.path("deleted").asBoolean(false) || FREEING.contains(incoming.path("status").asText())) {
            conflicts.closeClashesOf(tx.connection(), appointmentId, now);
            return 0;
        }
        List<UUID> clashing = new ArrayList<>();
        try (PreparedStatement query = tx.connection().prepareStatement("SELECT id FROM appointment"
                + " WHERE deleted = FALSE AND status NOT IN ('CANCELLED', 'NO_SHOW') AND chair_id = ?"
                + " AND start_at < ? AND end_at > ? AND id <> ? ORDER BY id")) {
            query.setObject(1, UUID.fromString(incoming.path("chair_id").asText()));
            query.setObject(2, OffsetDateTime.parse(incoming.path("end_at").asText()));
            query.setObject(3, OffsetDateTime.parse(incoming.path("start_at").asText()));
            query.setObject(4, appointmentId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    clashing.add(rows.getObject(1, UUID.class));
                }
            }
        }
        int opened = 0;
        for (UUID local : clashing) {
            String localPayload = records.readPayload(tx.connection(), "appointment", local, json)
                    .map(ObjectNode::toString).orElse(null);
            if (conflicts.open(tx.connection(), ConflictKind.SLOT_CLASH, "appointment", local, appointmentId, null,
                    null, null, localPayload, incoming.toString(), now)) {
                LOG.info("event=sync_slot_clash local={} remote={}", local, appointmentId);
                opened++;
            }
        }
        return opened;
    }

    private void park(LocalTx tx, ChangeRecord change, String reason) throws SQLException {
        LOG.warn("event=sync_change_parked entity={} id={} seq={}", change.entity(), change.id(), change.hubSequence());
        parked.park(tx.connection(), change, reason, clock.instant());
    }

    private static boolean isDataProblem(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private static String reasonFor(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("23")) {
            return "Cet enregistrement fait référence à une fiche absente de ce poste (patient, praticien ou "
                    + "fauteuil) ; il sera appliqué dès qu'elle arrivera.";
        }
        return "Une valeur de cet enregistrement est refusée par ce poste.";
    }
}
