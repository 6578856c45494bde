package nova.sync.service;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nova.sync.domain.ReferenceKind;
import nova.sync.store.LocalTx;
import nova.sync.store.RecordRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before a push, queues the rows that never reached the outbox: the reference data of a store created before it
 * synced (and its demo rows), so that such a store publishes its clinic to the hub and a second desk can join.
 * Reference data first, in dependency order (clinic, resources, then records that name them). A row once queued
 * has an outbox entry for ever and a row once acknowledged has a hub version, so this finds nothing afterwards.
 */
final class NeverQueuedRows {

    private static final Logger LOG = LoggerFactory.getLogger(NeverQueuedRows.class);
    private static final List<String> ORDER = List.of(ReferenceKind.CLINIC.entity(),
            ReferenceKind.PRACTITIONER.entity(), ReferenceKind.CHAIR.entity(), ReferenceKind.CARE_TYPE.entity(),
            ReferenceKind.CLOSING_PERIOD.entity(),
            "patient", "appointment", ReferenceKind.BLOCKOUT.entity(), ReferenceKind.WAITLIST_ENTRY.entity());

    private final RecordRows records;
    private final ReferenceOutbox outbox;

    NeverQueuedRows(RecordRows records, ReferenceOutbox outbox) {
        this.records = records;
        this.outbox = outbox;
    }

    int queue(LocalTx tx) throws SQLException {
        int queued = 0;
        for (String entity : ORDER) {
            List<UUID> ids = records.neverQueued(tx.connection(), entity);
            for (UUID id : ids) {
                outbox.queue(tx.session(), entity, id);
            }
            if (!ids.isEmpty()) {
                LOG.info("event=sync_backfill entity={} rows={}", entity, ids.size());
            }
            queued += ids.size();
        }
        return queued;
    }
}
