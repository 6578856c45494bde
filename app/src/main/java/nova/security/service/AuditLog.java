package nova.security.service;

import java.time.Clock;
import java.util.UUID;
import nova.common.Ids;
import nova.security.store.AuditEventEntity;
import org.hibernate.Session;

/** Writes audit events inside the caller's transaction, so an action and its audit commit or fail together. */
public final class AuditLog {

    private final Clock clock;
    private final String username;

    public AuditLog(Clock clock, String username) {
        this.clock = clock;
        this.username = username;
    }

    public void record(Session session, String action, String entity, UUID entityId, String details) {
        session.persist(new AuditEventEntity(Ids.newId(), clock.instant(), username, action, entity, entityId, details));
    }
}
