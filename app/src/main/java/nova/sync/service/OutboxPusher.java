package nova.sync.service;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PushResult;
import nova.sync.connector.SyncConnector;
import nova.sync.domain.SyncReport;
import nova.sync.store.LocalTransactions;
import nova.sync.store.LocalTx;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.sync.store.RecordRows;
import nova.sync.store.ShadowRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the outbox in order, in batches, and records each verdict in one local transaction per batch. A batch
 * holds at most one entry per record: the next entry of a record goes once the previous one is acknowledged,
 * rebased on the version the hub gave it. A refused entry waits with its reason and blocks nothing; an entry
 * missing from the reply is simply not synced yet.
 */
final class OutboxPusher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPusher.class);
    static final int BATCH = 200;
    static final String NO_ANSWER = "Le hub n'a pas répondu pour cette modification ; elle sera renvoyée.";

    private final LocalTransactions transactions;
    private final OutboxRows outbox;
    private final ShadowRows shadows;
    private final RecordRows records;
    private final RecordMerger merger;
    private final SyncIdentity identity;
    private final Clock clock;

    OutboxPusher(LocalTransactions transactions, OutboxRows outbox, ShadowRows shadows, RecordRows records,
                 RecordMerger merger, SyncIdentity identity, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.shadows = shadows;
        this.records = records;
        this.merger = merger;
        this.identity = identity;
        this.clock = clock;
    }

    /** Pushes until nothing new can go; a {@link nova.sync.connector.SyncException} stops it (nothing lost). */
    SyncReport pushAll(SyncConnector connector, boolean includeStaged, SyncProgress progress) {
        SyncReport report = SyncReport.NOTHING;
        Set<Long> sent = new HashSet<>();
        long total = transactions.inTransaction(tx -> outbox.count(tx.connection(), OutboxRow.PENDING));
        long done = 0;
        while (true) {
            List<OutboxRow> heads = transactions.inTransaction(tx ->
                    outbox.pushableHeads(tx.connection(), BATCH, includeStaged)).stream()
                    .filter(row -> !sent.contains(row.seq())).toList();
            if (heads.isEmpty()) {
                return report;
            }
            heads.forEach(row -> sent.add(row.seq()));
            List<ChangeRecord> changes = heads.stream().map(this::toChange).toList();
            Map<UUID, PushResult> byKey = new HashMap<>();
            // Changes addressed to another site (referrals) go in a push of their own: the hub sends a batch with
            // any of them down its item-by-item path, which the usual batch should not pay for.
            for (List<ChangeRecord> part : addressedApart(changes)) {
                for (PushResult result : connector.push(part)) {
                    if (result != null) {
                        byKey.put(result.idempotencyKey(), result);
                    }
                }
            }
            SyncReport batch = transactions.inTransaction(tx -> record(tx, heads, byKey, sent));
            report = report.plus(batch);
            done += heads.size();
            progress.progressed(done, Math.max(total, done));
        }
    }

    private SyncReport record(LocalTx tx, List<OutboxRow> heads, Map<UUID, PushResult> byKey, Set<Long> sent)
            throws SQLException {
        int pushed = 0;
        int rejected = 0;
        int merged = 0;
        int missing = 0;
        int staged = 0;
        int opened = 0;
        for (OutboxRow row : heads) {
            PushResult result = byKey.get(row.idempotencyKey());
            if (result == null) {
                outbox.markNotSynced(tx.connection(), row.seq(), NO_ANSWER);
                missing++;
                continue;
            }
            switch (result.status()) {
                case APPLIED, DUPLICATE -> {
                    acknowledge(tx, row, result.hubVersion());
                    pushed++;
                }
                case CONFLICT -> {
                    List<OutboxRow> waiting = outbox.waitingFor(tx.connection(), row.entity(), row.entityId());
                    opened += merger.mergeIntoWaiting(tx, row.entity(), row.entityId(), waiting, result.hubPayload(),
                            result.hubVersion(), result.hubVersion(),
                            RecordMerger.hubVersionKey(row.entity(), row.entityId(), result.hubVersion()));
                    sent.remove(row.seq()); // rewritten: goes again, merged
                    merged++;
                }
                case REJECTED -> {
                    String reason = result.reason() == null ? "Refusée par le hub." : result.reason();
                    outbox.markRejected(tx.connection(), row.seq(), reason);
                    LOG.warn("event=sync_push_rejected entity={} id={} seq={}", row.entity(), row.entityId(), row.seq());
                    rejected++;
                }
                case STAGED -> {
                    outbox.markStaged(tx.connection(), row.seq());
                    staged++;
                }
            }
        }
        return new SyncReport(pushed, rejected, merged, missing, staged, 0, 0, 0, 0, opened);
    }

    /** The hub holds the entry: it leaves the queue, and the record now builds on the version the hub gave it. */
    void acknowledge(LocalTx tx, OutboxRow row, long hubVersion) throws SQLException {
        outbox.markPushed(tx.connection(), row.seq(), hubVersion, clock.instant());
        outbox.rebaseLater(tx.connection(), row.entity(), row.entityId(), row.seq(), hubVersion);
        if (RecordRows.synced(row.entity())) {
            records.setHubVersion(tx.connection(), row.entity(), row.entityId(), hubVersion);
        }
        shadows.put(tx.connection(), row.entity(), row.entityId(), hubVersion, row.isDelete() ? null : row.payload());
    }

    private static List<List<ChangeRecord>> addressedApart(List<ChangeRecord> changes) {
        List<ChangeRecord> usual = changes.stream().filter(c -> c.targetSiteId() == null).toList();
        List<ChangeRecord> addressed = changes.stream().filter(c -> c.targetSiteId() != null).toList();
        if (addressed.isEmpty() || usual.isEmpty()) {
            return List.of(changes);
        }
        return List.of(usual, addressed);
    }

    private ChangeRecord toChange(OutboxRow row) {
        Operation operation = Operation.valueOf(row.operation());
        ChangeRecord change = ChangeRecord.outgoing(row.entity(), row.entityId(), operation,
                operation == Operation.DELETE ? null : row.payload(), row.baseVersion(), row.idempotencyKey(),
                identity.hubSiteId(), identity.workstationId());
        return Addressee.of(row).map(change::addressedTo).orElse(change);
    }
}
