package nova.sync.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nova.common.Ids;
import nova.sync.store.OutboxEntryEntity;
import org.hibernate.Session;

/**
 * Adds the outgoing change of a business write to the outbox, inside the caller's transaction: the write and its
 * outbox entry commit together or not at all.
 */
public final class OutboxWriter {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Clock clock;

    public OutboxWriter(Clock clock) {
        this.clock = clock;
    }

    /** {@code fields} is the record's synced state (no local-only columns), serialized as the change's payload. */
    public void upsert(Session session, String entity, UUID id, long baseVersion, Map<String, Object> fields) {
        session.persist(new OutboxEntryEntity(Ids.newId(), entity, id, "UPSERT", toJson(fields), baseVersion,
                clock.instant()));
    }

    public void delete(Session session, String entity, UUID id, long baseVersion) {
        session.persist(new OutboxEntryEntity(Ids.newId(), entity, id, "DELETE", null, baseVersion, clock.instant()));
    }

    private static String toJson(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox payload not serializable", e);
        }
    }
}
