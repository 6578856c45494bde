package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;

/**
 * Hub changes this workstation could not apply yet (a reference it does not know, a value its schema refuses).
 * The cursor moves on so that one bad record never stops the others; parked changes are tried again after
 * every pull and listed with their French reason.
 */
public final class ParkedRows {

    /** A parked change and why it waits. */
    public record Parked(ChangeRecord change, String reason, Instant parkedAt) {
    }

    public void park(Connection c, ChangeRecord change, String reason, Instant now) throws SQLException {
        OutboxRows.update(c, "DELETE FROM sync_parked WHERE idempotency_key = ?", change.idempotencyKey());
        OutboxRows.update(c, "INSERT INTO sync_parked (idempotency_key, entity, entity_id, operation, payload,"
                        + " hub_version, hub_sequence, site_id, reason, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                change.idempotencyKey(), change.entity(), change.id(), change.operation().name(), change.payload(),
                change.hubVersion(), change.hubSequence(), change.siteId(), reason, OutboxRows.time(now));
    }

    public List<Parked> all(Connection c) throws SQLException {
        List<Parked> result = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT idempotency_key, entity, entity_id, operation, payload,"
                + " hub_version, hub_sequence, site_id, reason, parked_at FROM sync_parked ORDER BY hub_sequence");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long version = rows.getLong(6);
                ChangeRecord change = new ChangeRecord(rows.getString(2), rows.getObject(3, UUID.class),
                        Operation.valueOf(rows.getString(4)), rows.getString(5), Math.max(0, version - 1),
                        rows.getObject(1, UUID.class), rows.getString(8), null, null, rows.getLong(7), version);
                result.add(new Parked(change, rows.getString(9),
                        rows.getObject(10, java.time.OffsetDateTime.class).toInstant()));
            }
        }
        return result;
    }

    public void remove(Connection c, UUID key) throws SQLException {
        OutboxRows.update(c, "DELETE FROM sync_parked WHERE idempotency_key = ?", key);
    }
}
