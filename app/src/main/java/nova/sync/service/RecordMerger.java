package nova.sync.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nova.common.Ids;
import nova.sync.connector.conflict.ConflictResolver;
import nova.sync.connector.conflict.Edit;
import nova.sync.connector.conflict.FieldConflict;
import nova.sync.connector.conflict.MergeResult;
import nova.sync.domain.ConflictKind;
import nova.sync.store.ConflictRows;
import nova.sync.store.LocalTx;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.sync.store.RecordRows;
import nova.sync.store.ShadowRows;

/**
 * Merges a newer hub version of a record into this workstation's unpushed edit of it (decision 0090): the
 * waiting outbox entries of the record fold into one, rebased on the hub version, under a new idempotency key;
 * the local row takes the merge; clinical fields changed on both sides go to "À résoudre" with both values.
 * Hub order decides every other field: the unpushed edit will be ordered after everything the hub holds.
 */
final class RecordMerger {

    private final ConflictResolver resolver;
    private final OutboxRows outbox;
    private final ShadowRows shadows;
    private final RecordRows records;
    private final ConflictRows conflicts;
    private final ObjectMapper json;
    private final Clock clock;
    private final SyncIdentity identity;

    RecordMerger(ConflictResolver resolver, OutboxRows outbox, ShadowRows shadows, RecordRows records,
                 ConflictRows conflicts, ObjectMapper json, Clock clock, SyncIdentity identity) {
        this.resolver = resolver;
        this.outbox = outbox;
        this.shadows = shadows;
        this.records = records;
        this.conflicts = conflicts;
        this.json = json;
        this.clock = clock;
        this.identity = identity;
    }

    /**
     * @param hubPayload the hub's payload at {@code hubVersion} (null: deleted on the hub)
     * @param hubOrder   the hub edit's place in hub order (any value below the pending edit's)
     * @return how many new "À résoudre" entries the merge opened
     */
    int mergeIntoWaiting(LocalTx tx, String entity, UUID id, List<OutboxRow> waiting, String hubPayload,
                         long hubVersion, long hubOrder, UUID hubKey) throws SQLException {
        OutboxRow head = waiting.getFirst();
        OutboxRow latest = waiting.getLast();
        String base = shadows.get(tx.connection(), entity, id)
                .filter(shadow -> shadow.hubVersion() == head.baseVersion())
                .map(ShadowRows.Shadow::payload)
                .orElse(null);
        Edit hubEdit = Edit.ordered(hubPayload, hubOrder, hubKey);
        Edit localEdit = Edit.pending(latest.isDelete() ? null : latest.payload(), latest.idempotencyKey());
        MergeResult merged = resolver.merge(base, List.of(hubEdit, localEdit));
        String operation = merged.deleted() ? "DELETE" : "UPSERT";
        String mergedPayload = merged.mergedPayload();
        if (!merged.deleted() && ForwardOnlySteps.governs(entity)) {
            // Hub order decided the step field by field; a step reached on either side is not undone (0215).
            ObjectNode folded = object(mergedPayload);
            ForwardOnlySteps.fold(folded, objectOrNull(hubPayload), objectOrNull(latest.isDelete() ? null
                    : latest.payload()), objectOrNull(base));
            mergedPayload = folded.toString();
        }
        outbox.rewrite(tx.connection(), head.seq(), Ids.newId(), operation, mergedPayload, hubVersion);
        outbox.supersedeLater(tx.connection(), entity, id, head.seq());
        if (merged.deleted()) {
            records.markDeleted(tx.connection(), entity, id, hubVersion);
        } else {
            records.write(tx.connection(), entity, id, object(mergedPayload), hubVersion,
                    identity.localSiteId());
        }
        shadows.put(tx.connection(), entity, id, hubVersion, hubPayload);
        int opened = 0;
        for (FieldConflict conflict : merged.conflicts()) {
            String localValue = null;
            String remoteValue = null;
            for (FieldConflict.Version version : conflict.versions()) {
                if (version.edit().hubOrder() == Edit.NOT_YET_ORDERED) {
                    localValue = version.value();
                } else {
                    remoteValue = version.value();
                }
            }
            if (conflicts.open(tx.connection(), ConflictKind.FIELD, entity, id, null, conflict.field(), localValue,
                    remoteValue, latest.payload(), hubPayload, clock.instant())) {
                opened++;
            }
        }
        return opened;
    }

    private ObjectNode objectOrNull(String payload) {
        return payload == null ? null : object(payload);
    }

    ObjectNode object(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not JSON", e);
        }
        throw new IllegalArgumentException("payload is not a JSON object");
    }

    /** A stable key for a hub version seen only through a CONFLICT verdict (which carries no ledger key). */
    static UUID hubVersionKey(String entity, UUID id, long version) {
        return UUID.nameUUIDFromBytes((entity + "/" + id + "/" + version).getBytes(StandardCharsets.UTF_8));
    }
}
