package nova.sync.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.store.AppointmentEntity;
import nova.common.ValidationException;
import nova.patient.store.PatientEntity;
import nova.sync.connector.HubSite;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncException;
import nova.sync.connector.conflict.ConflictResolver;
import nova.sync.domain.ConflictChoice;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.ReferenceKind;
import nova.sync.domain.SyncConflict;
import nova.sync.domain.SyncRecordError;
import nova.sync.domain.SyncReport;
import nova.sync.domain.SyncState;
import nova.sync.domain.SyncStatus;
import nova.sync.store.ConflictRows;
import nova.sync.store.HubSiteRows;
import nova.sync.store.LocalTransactions;
import nova.sync.store.LocalTx;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.sync.store.ParkedRows;
import nova.sync.store.RecordRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What screens and commands use of the sync: run a synchronisation with a connector, the status, the records
 * that did not sync (with a retry), the "À résoudre" list and its decisions, and listeners for status and data
 * changes. Synchronisations are serialised; listeners are called on the calling (sync) thread.
 */
public final class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    private static final String SLOT_CANCEL_REASON = "Conflit de synchronisation : le créneau a été gardé pour"
            + " l'autre rendez-vous.";

    private final LocalTransactions transactions;
    private final SyncSettings settings;
    private final UUID localSiteId;
    private final ConflictResolver resolver;
    private final OutboxWriter outboxWriter;
    private final Clock clock;
    private final String username;
    private final BooleanSupplier chairClashesMatter;
    private final OutboxRows outbox = new OutboxRows();
    private final ConflictRows conflicts = new ConflictRows();
    private final ParkedRows parked = new ParkedRows();
    private final RecordRows records = new RecordRows();
    private final HubSiteRows hubSites = new HubSiteRows();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<DataChangedListener> dataListeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status;
    private SyncEngine engine;
    private SyncIdentity engineIdentity;

    /**
     * {@code chairClashesMatter}: true when the clinic refuses double booking, so that two appointments booked
     * offline on one chair at once go to "À résoudre".
     */
    public SyncService(LocalTransactions transactions, SyncSettings settings, UUID localSiteId,
                       ConflictResolver resolver, OutboxWriter outboxWriter, Clock clock, String username,
                       BooleanSupplier chairClashesMatter) {
        this.transactions = transactions;
        this.settings = settings;
        this.localSiteId = localSiteId;
        this.resolver = resolver;
        this.outboxWriter = outboxWriter;
        this.clock = clock;
        this.username = username;
        this.chairClashesMatter = chairClashesMatter;
        this.status = SyncStatus.initial(settings.configured() ? SyncState.HORS_LIGNE : SyncState.NON_CONFIGURE,
                settings.lastSuccess().orElse(null));
        refreshCounts();
    }

    public SyncSettings settings() {
        return settings;
    }

    /**
     * Push then pull through {@code connector}, then the hub's site directory; a lost hub leaves everything queued
     * and says so in French. The status shows the records synced before the directory is read: on 2G that read is
     * one more round trip, and the records are what the desk waits for.
     */
    public synchronized SyncReport synchronise(SyncConnector connector) {
        SyncReport report = synchroniseRecords(connector);
        refreshSiteDirectory(connector);
        return report;
    }

    private SyncReport synchroniseRecords(SyncConnector connector) {
        publish(status.withState(SyncState.SYNCHRONISATION).withProgress(0, 0));
        Set<String> changed = new HashSet<>();
        try {
            SyncEngine current = engine();
            SyncReport report = current.synchronise(connector, this::progress, changed);
            succeeded();
            LOG.info("event=sync_done pushed={} rejected={} merged={} pulled={} applied={} parked={} conflicts={}",
                    report.pushed(), report.rejected(), report.conflictsMerged(), report.pulled(), report.applied(),
                    report.parked(), report.newConflicts());
            return report;
        } catch (SyncException e) {
            publish(status.withError(e.retryable() ? SyncState.HORS_LIGNE : SyncState.ERREUR, e.getMessage()));
            throw e;
        } catch (RuntimeException e) {
            LOG.error("event=sync_failed", e);
            publish(status.withError(SyncState.ERREUR, "Erreur pendant la synchronisation : "
                    + e.getClass().getSimpleName() + ". Les modifications restent en attente."));
            throw e;
        } finally {
            refreshCounts();
            notifyChanged(changed);
        }
    }

    /** Writes every change not yet acknowledged into a bundle for a USB stick ({@code file:} connector). */
    public synchronized SyncReport exportTo(SyncConnector bundleConnector) {
        Set<String> changed = new HashSet<>();
        SyncEngine current = engine();
        // The bundle carries our cursor so that the district's reply starts where we are.
        bundleConnector.pull(current.cursor(), 1);
        SyncReport report = current.push(bundleConnector, true, SyncProgress.NONE, changed);
        refreshCounts();
        return report;
    }

    /** Reads a district reply bundle: verdicts on what we exported, then the hub's changes. */
    public synchronized SyncReport importFrom(SyncConnector bundleConnector) {
        Set<String> changed = new HashSet<>();
        try {
            SyncEngine current = engine();
            SyncReport verdicts = current.lateVerdicts(bundleConnector, changed);
            SyncReport pulled = current.pull(bundleConnector, this::progress, changed);
            succeeded();
            return verdicts.plus(pulled);
        } finally {
            refreshCounts();
            notifyChanged(changed);
        }
    }

    /**
     * The hub's other sites, kept for the consultation form's referral destinations (offline too): renamed sites
     * take their new name, sites the hub no longer lists are marked removed (decision 0216). A connector that
     * cannot tell (a USB bundle, a hub before V7) leaves the kept list as it was.
     */
    private void refreshSiteDirectory(SyncConnector connector) {
        Optional<List<HubSite>> sites;
        try {
            sites = connector.siteDirectory();
        } catch (SyncException e) {
            // The changes went both ways; only the list of destinations waits for the next synchronisation.
            LOG.warn("event=sync_site_directory_unread retryable={}", e.retryable());
            return;
        }
        if (sites.isEmpty()) {
            return;
        }
        transactions.inTransaction(tx -> {
            hubSites.refresh(tx.connection(), sites.get(), clock.instant());
            return null;
        });
    }

    /** Published and kept in the store: the status bar and {@code nova sync status} show it after a restart. */
    private void succeeded() {
        Instant at = clock.instant();
        try {
            settings.recordSuccess(at);
        } catch (RuntimeException e) {
            // The sync itself succeeded; only the remembered time is lost.
            LOG.warn("event=sync_last_success_not_saved", e);
        }
        publish(status.withSuccess(at));
    }

    public SyncStatus status() {
        return status;
    }

    public void addStatusListener(Consumer<SyncStatus> listener) {
        statusListeners.add(listener);
        listener.accept(status);
    }

    public void addDataChangedListener(DataChangedListener listener) {
        dataListeners.add(listener);
    }

    /** The worker could not reach the hub at all. */
    void markUnreachable(String frenchError, boolean retryable) {
        refreshCounts();
        publish(status.withError(retryable ? SyncState.HORS_LIGNE : SyncState.ERREUR, frenchError));
    }

    public void refreshCounts() {
        long[] counts = transactions.inTransaction(tx -> new long[]{
                outbox.count(tx.connection(), OutboxRow.PENDING, OutboxRow.STAGED),
                outbox.count(tx.connection(), OutboxRow.REJECTED) + parked.all(tx.connection()).size(),
                conflicts.countOpen(tx.connection())});
        publish(status.withCounts(counts[0], counts[1], counts[2]));
    }

    public List<SyncConflict> openConflicts() {
        return transactions.inTransaction(tx -> conflicts.withStatus(tx.connection(), SyncConflict.OPEN));
    }

    /** Records that did not sync, each with its French reason: refused by the hub, or not applicable here yet. */
    public List<SyncRecordError> recordErrors() {
        return transactions.inTransaction(tx -> {
            List<SyncRecordError> errors = new ArrayList<>();
            for (OutboxRow row : outbox.withStatus(tx.connection(), OutboxRow.REJECTED, 500)) {
                errors.add(new SyncRecordError("out:" + row.seq(), true, row.entity(), row.entityId(),
                        row.lastError(), row.attempts(), row.createdAt()));
            }
            for (ParkedRows.Parked waiting : parked.all(tx.connection())) {
                errors.add(new SyncRecordError("in:" + waiting.change().idempotencyKey(), false,
                        waiting.change().entity(), waiting.change().id(), waiting.reason(), 0, waiting.parkedAt()));
            }
            return errors;
        });
    }

    /** "Réessayer": a refused local change goes back in the queue; a parked hub change is tried at the next pull. */
    public synchronized boolean retry(String reference) {
        if (reference.startsWith("out:")) {
            long seq = Long.parseLong(reference.substring(4));
            boolean requeued = transactions.inTransaction(tx -> outbox.retry(tx.connection(), seq));
            refreshCounts();
            return requeued;
        }
        return reference.startsWith("in:");
    }

    /**
     * Every change the hub refused goes back in the queue, e.g. once the hub has been upgraded to accept a kind
     * of record it did not know. Returns how many.
     */
    public synchronized int retryAllRefused() {
        int requeued = transactions.inTransaction(tx -> outbox.retryAllRejected(tx.connection()));
        refreshCounts();
        return requeued;
    }

    /** Applies a person's choice; the version not chosen stays in the conflict row. */
    public synchronized void resolve(UUID conflictId, ConflictChoice choice) {
        Set<String> changed = new HashSet<>();
        transactions.inTransaction(tx -> {
            SyncConflict conflict = conflicts.find(tx.connection(), conflictId).orElseThrow(() ->
                    new ValidationException("Ce conflit n'existe plus."));
            if (!conflict.open()) {
                throw new ValidationException("Ce conflit est déjà réglé.");
            }
            Instant now = clock.instant();
            if (conflict.kind() == ConflictKind.SLOT_CLASH) {
                UUID cancelled = choice == ConflictChoice.KEEP_LOCAL ? conflict.otherEntityId() : conflict.entityId();
                cancelAppointment(tx, cancelled, now);
                conflicts.closeClashesOf(tx.connection(), cancelled, now);
            } else {
                String value = choice == ConflictChoice.KEEP_LOCAL ? conflict.localValue() : conflict.remoteValue();
                records.setField(tx.connection(), conflict.entity(), conflict.entityId(), conflict.field(),
                        parse(value), now);
                queueCurrentState(tx, conflict.entity(), conflict.entityId());
            }
            conflicts.resolve(tx.connection(), conflictId, choice, username, now);
            changed.add(conflict.entity());
            LOG.info("event=sync_conflict_resolved id={} kind={} choice={}", conflictId, conflict.kind(), choice);
            return null;
        });
        refreshCounts();
        notifyChanged(changed);
    }

    private void cancelAppointment(LocalTx tx, UUID id, Instant now) {
        AppointmentEntity appointment = tx.session().find(AppointmentEntity.class, id);
        if (appointment == null) {
            throw new ValidationException("Rendez-vous introuvable sur ce poste.");
        }
        appointment.changeStatus(AppointmentStatus.CANCELLED, SLOT_CANCEL_REASON, now);
        tx.session().flush();
        outboxWriter.upsert(tx.session(), "appointment", id, appointment.getHubVersion(), appointment.syncFields());
        tx.session().flush();
    }

    private void queueCurrentState(LocalTx tx, String entity, UUID id) {
        Map<String, Object> fields;
        long hubVersion;
        switch (entity) {
            case "patient" -> {
                PatientEntity patient = tx.session().find(PatientEntity.class, id);
                fields = patient.syncFields();
                hubVersion = patient.getHubVersion();
            }
            case "appointment" -> {
                AppointmentEntity appointment = tx.session().find(AppointmentEntity.class, id);
                fields = appointment.syncFields();
                hubVersion = appointment.getHubVersion();
            }
            case "consultation" -> {
                nova.consultation.store.ConsultationEntity consultation =
                        tx.session().find(nova.consultation.store.ConsultationEntity.class, id);
                fields = consultation.syncFields();
                hubVersion = consultation.getHubVersion();
            }
            default -> {
                ReferenceKind kind = ReferenceKind.ofEntity(entity).orElseThrow(() ->
                        new IllegalArgumentException("not a synced entity: " + entity));
                new ReferenceOutbox(outboxWriter).changed(tx.session(), kind, id);
                return;
            }
        }
        outboxWriter.upsert(tx.session(), entity, id, hubVersion, fields);
        tx.session().flush();
    }

    private JsonNode parse(String value) throws SQLException {
        try {
            return json.readTree(value == null ? "null" : value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("conflict value is not JSON", "22000", e);
        }
    }

    synchronized SyncEngine engine() {
        SyncIdentity identity = new SyncIdentity(settings.siteId().orElseThrow(() ->
                new ValidationException("Synchronisation non configurée : « nova sync configure »."))
                , settings.workstationId(), localSiteId);
        if (engine == null || !identity.equals(engineIdentity)) {
            engine = new SyncEngine(transactions, identity, resolver, clock, chairClashesMatter);
            engineIdentity = identity;
        }
        return engine;
    }

    private void progress(long done, long total) {
        publish(status.withProgress(done, total));
    }

    private void publish(SyncStatus next) {
        status = next;
        for (Consumer<SyncStatus> listener : statusListeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("event=sync_status_listener_failed", e);
            }
        }
    }

    private void notifyChanged(Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Set<String> copy = Set.copyOf(changed);
        for (DataChangedListener listener : dataListeners) {
            try {
                listener.dataChanged(copy);
            } catch (RuntimeException e) {
                LOG.warn("event=sync_data_listener_failed", e);
            }
        }
    }
}
