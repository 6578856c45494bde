package nova.sync.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<Runnable> committedListeners = new CopyOnWriteArrayList<>();

    public OutboxWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Called after a transaction that added outbox entries has committed (the sync worker pushes soon after).
     * Runs on the writing thread, so it must be quick.
     */
    public void onCommitted(Runnable listener) {
        committedListeners.add(listener);
    }

    /** {@code fields} is the record's synced state (no local-only columns), serialized as the change's payload. */
    public void upsert(Session session, String entity, UUID id, long baseVersion, Map<String, Object> fields) {
        session.persist(new OutboxEntryEntity(Ids.newId(), entity, id, "UPSERT", toJson(fields), baseVersion,
                clock.instant()));
        notifyAfterCommit(session);
    }

    public void delete(Session session, String entity, UUID id, long baseVersion) {
        session.persist(new OutboxEntryEntity(Ids.newId(), entity, id, "DELETE", null, baseVersion, clock.instant()));
        notifyAfterCommit(session);
    }

    private void notifyAfterCommit(Session session) {
        if (committedListeners.isEmpty()) {
            return;
        }
        session.getTransaction().registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committedListeners.forEach(Runnable::run);
                }
            }
        });
    }

    private static String toJson(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(atStorePrecision(fields));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox payload not serializable", e);
        }
    }

    /**
     * Instants as the store keeps them (TIMESTAMP(6) rounds to the microsecond): the payload must equal what a
     * workstation reads back, or the hub's copy and the local rows would differ by a microsecond.
     */
    static Map<String, Object> atStorePrecision(Map<String, Object> fields) {
        Map<String, Object> rounded = new java.util.LinkedHashMap<>(fields);
        rounded.replaceAll((name, value) -> value instanceof String text && INSTANT.matcher(text).matches()
                ? roundToMicros(java.time.Instant.parse(text)).toString() : value);
        return rounded;
    }

    private static java.time.Instant roundToMicros(java.time.Instant instant) {
        return instant.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7,9}Z");
}
