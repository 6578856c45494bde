package nova.sync.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.SiteSnapshot;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.conflict.ConflictResolver;
import nova.sync.domain.SyncReport;
import nova.sync.store.ConflictRows;
import nova.sync.store.CursorRow;
import nova.sync.store.LocalTransactions;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.sync.store.ParkedRows;
import nova.sync.store.RecordRows;
import nova.sync.store.ShadowRows;

/**
 * One synchronisation with a connector: push the outbox, take in late verdicts (USB bundles), pull the hub's
 * changes page by page. Each pulled page is applied and its cursor saved in ONE local transaction, so a crash
 * in between leaves neither rows without cursor nor cursor without rows. Not thread-safe: callers serialise.
 */
public final class SyncEngine {

    static final int PULL_PAGE = 500;

    private final LocalTransactions transactions;
    private final OutboxRows outbox = new OutboxRows();
    private final CursorRow cursors = new CursorRow();
    private final ParkedRows parked = new ParkedRows();
    private final OutboxPusher pusher;
    private final HubChangeApplier applier;
    private final RecordMerger merger;
    private final NeverQueuedRows neverQueued;
    private final Clock clock;
    private Runnable beforeCursorSaved = () -> { };

    /**
     * {@code chairClashesMatter}: whether two appointments on one chair at once must be resolved by a person
     * (false when the clinic allows double booking).
     */
    public SyncEngine(LocalTransactions transactions, SyncIdentity identity, ConflictResolver resolver, Clock clock,
                      BooleanSupplier chairClashesMatter) {
        this.transactions = transactions;
        this.clock = clock;
        ObjectMapper json = new ObjectMapper();
        ShadowRows shadows = new ShadowRows();
        RecordRows records = new RecordRows();
        ConflictRows conflicts = new ConflictRows();
        this.merger = new RecordMerger(resolver, outbox, shadows, records, conflicts, json, clock, identity);
        this.pusher = new OutboxPusher(transactions, outbox, shadows, records, merger, identity, clock);
        this.neverQueued = new NeverQueuedRows(records, new ReferenceOutbox(new OutboxWriter(clock)));
        this.applier = new HubChangeApplier(outbox, shadows, records, conflicts, parked, merger, pusher, identity,
                json, clock, chairClashesMatter);
    }

    /** Test seam: runs inside a pull transaction after the rows are applied, before the cursor is saved. */
    void beforeCursorSaved(Runnable hook) {
        this.beforeCursorSaved = hook;
    }

    /**
     * Push then pull. {@code changed} receives the names of the entities whose local rows changed. The pull is
     * announced first: a connector may fetch its first page while the push is sent (see
     * {@link SyncConnector#willPull}).
     */
    public SyncReport synchronise(SyncConnector connector, SyncProgress progress, Set<String> changed) {
        connector.willPull(cursor(), PULL_PAGE);
        SyncReport pushed = push(connector, true, progress, changed);
        return pushed.plus(pull(connector, progress, changed));
    }

    public SyncReport push(SyncConnector connector, boolean includeStaged, SyncProgress progress, Set<String> changed) {
        transactions.inTransaction(neverQueued::queue);
        SyncReport report = pusher.pushAll(connector, includeStaged, progress);
        if (report.conflictsMerged() > 0) {
            changed.addAll(RecordRows.TABLES.keySet());
        }
        return report;
    }

    /** Verdicts that come back later (a district's reply bundle): applied as if the push had just answered. */
    public SyncReport lateVerdicts(SyncConnector connector, Set<String> changed) {
        List<PushResult> verdicts = connector.lateVerdicts();
        if (verdicts.isEmpty()) {
            return SyncReport.NOTHING;
        }
        return transactions.inTransaction(tx -> {
            int acknowledged = 0;
            int rejected = 0;
            for (PushResult verdict : verdicts) {
                OutboxRow row = outbox.byKey(tx.connection(), verdict.idempotencyKey()).orElse(null);
                if (row == null || !(OutboxRow.STAGED.equals(row.status()) || OutboxRow.PENDING.equals(row.status()))) {
                    continue;
                }
                switch (verdict.status()) {
                    case APPLIED, DUPLICATE -> {
                        pusher.acknowledge(tx, row, verdict.hubVersion());
                        acknowledged++;
                    }
                    case REJECTED -> {
                        outbox.markRejected(tx.connection(), row.seq(), verdict.reason());
                        rejected++;
                    }
                    case CONFLICT -> {
                        merger.mergeIntoWaiting(tx, row.entity(), row.entityId(),
                                outbox.waitingFor(tx.connection(), row.entity(), row.entityId()), verdict.hubPayload(),
                                verdict.hubVersion(), verdict.hubVersion(),
                                RecordMerger.hubVersionKey(row.entity(), row.entityId(), verdict.hubVersion()));
                        changed.add(row.entity());
                    }
                    case STAGED -> { }
                }
            }
            return new SyncReport(acknowledged, rejected, 0, 0, 0, 0, 0, 0, 0, 0);
        });
    }

    public SyncReport pull(SyncConnector connector, SyncProgress progress, Set<String> changed) {
        SyncReport report = SyncReport.NOTHING;
        long done = 0;
        PullPage page;
        do {
            SyncCursor cursor = transactions.inTransaction(tx -> cursors.read(tx.connection()));
            page = connector.pull(cursor, PULL_PAGE);
            PullPage current = page;
            SyncReport applied = transactions.inTransaction(tx -> {
                Counts counts = new Counts();
                for (ChangeRecord change : current.changes()) {
                    counts.add(applier.apply(tx, change), change.entity(), changed);
                }
                beforeCursorSaved.run();
                cursors.save(tx.connection(), current.nextCursor(), clock.instant());
                return counts.report(current.changes().size());
            });
            report = report.plus(applied);
            done += page.changes().size();
            progress.progressed(done, page.hasMore() ? done + PULL_PAGE : done);
        } while (page.hasMore());
        return report.plus(retryParked(changed));
    }

    /**
     * A desk joining its site (decision 0181): the connector's snapshot (from the hub, one change per record; from
     * any other connector, the whole history) applied through the same applier as a pull, in local transactions of
     * {@link #PULL_PAGE} changes with the snapshot's cursor saved in the last one, then the normal pull from that
     * cursor for whatever came after. A store that already has a cursor just pulls.
     */
    public SyncReport join(SyncConnector connector, SyncProgress progress, Set<String> changed) {
        if (!SyncCursor.START.equals(cursor())) {
            return pull(connector, progress, changed);
        }
        SiteSnapshot snapshot = connector.snapshot();
        List<ChangeRecord> changes = snapshot.changes();
        SyncReport report = SyncReport.NOTHING;
        int from = 0;
        do {
            int to = Math.min(changes.size(), from + PULL_PAGE);
            List<ChangeRecord> chunk = changes.subList(from, to);
            boolean last = to == changes.size();
            report = report.plus(transactions.inTransaction(tx -> {
                Counts counts = new Counts();
                for (ChangeRecord change : chunk) {
                    counts.add(applier.apply(tx, change), change.entity(), changed);
                }
                if (last) {
                    cursors.save(tx.connection(), snapshot.cursor(), clock.instant());
                }
                return counts.report(chunk.size());
            }));
            from = to;
            progress.progressed(from, changes.size());
        } while (from < changes.size());
        return report.plus(pull(connector, progress, changed));
    }

    /** Parked hub changes whose missing reference may have arrived since. */
    private SyncReport retryParked(Set<String> changed) {
        return transactions.inTransaction(tx -> {
            Counts counts = new Counts();
            for (ParkedRows.Parked waiting : parked.all(tx.connection())) {
                HubChangeApplier.Applied applied = applier.apply(tx, waiting.change());
                if (applied.outcome() != HubChangeApplier.Outcome.PARKED) {
                    parked.remove(tx.connection(), waiting.change().idempotencyKey());
                    counts.add(applied, waiting.change().entity(), changed);
                }
            }
            return new SyncReport(0, 0, 0, 0, 0, 0, counts.applied, 0, 0, counts.conflicts);
        });
    }

    public SyncCursor cursor() {
        return transactions.inTransaction(tx -> cursors.read(tx.connection()));
    }

    private static final class Counts {
        int applied;
        int ignored;
        int parked;
        int conflicts;

        void add(HubChangeApplier.Applied result, String entity, Set<String> changed) {
            conflicts += result.conflictsOpened();
            switch (result.outcome()) {
                case APPLIED, MERGED -> {
                    applied++;
                    changed.add(entity);
                }
                case PARKED -> parked++;
                case FOREIGN, IGNORED -> ignored++;
                case ECHO, ALREADY_HAD -> { }
            }
        }

        SyncReport report(int pulled) {
            return new SyncReport(0, 0, 0, 0, 0, pulled, applied, ignored, parked, conflicts);
        }
    }
}
