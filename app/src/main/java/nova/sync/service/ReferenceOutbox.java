package nova.sync.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import nova.sync.domain.ReferenceKind;
import nova.sync.store.RecordRows;
import org.hibernate.Session;

/**
 * The one call a writer of reference data makes (clinic profile, practitioner, chair, care type, blockout,
 * waitlist entry): after changing a row in a session, {@link #changed} queues the row's current synced state for
 * the hub, in the same transaction. The payload is read from the row itself (every column but identity and
 * bookkeeping), so the writer needs no list of fields and a new column syncs on its own.
 */
public final class ReferenceOutbox {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final OutboxWriter outbox;
    private final RecordRows records = new RecordRows();
    private final ObjectMapper json = new ObjectMapper();

    public ReferenceOutbox(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /**
     * Queues the current state of one row (created, edited or marked deleted) in the caller's transaction. Call it
     * after the change, inside the same {@code runInTransaction}: the change and its outbox entry commit together.
     */
    public void changed(Session session, ReferenceKind kind, UUID id) {
        queue(session, kind.entity(), id);
    }

    /** The same for any synced table (the backfill of rows written before they synced). */
    void queue(Session session, String entity, UUID id) {
        session.flush();
        Snapshot snapshot = session.doReturningWork(connection -> new Snapshot(
                records.readPayload(connection, entity, id, json).orElseThrow(() ->
                        new IllegalStateException(entity + " " + id + " is not in the store")),
                records.hubVersion(connection, entity, id).orElse(0L)));
        outbox.upsert(session, entity, id, snapshot.hubVersion(), json.convertValue(snapshot.payload(), FIELDS));
        session.flush();
    }

    private record Snapshot(ObjectNode payload, long hubVersion) {
    }
}
