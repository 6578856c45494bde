package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL over the {@code outbox} table for the sync engine (the business services only append to it). */
public final class OutboxRows {

    private static final String COLUMNS = "seq, idempotency_key, entity, entity_id, operation, payload, base_version,"
            + " status, attempts, last_error, created_at";

    /**
     * The oldest waiting entry of each record, oldest first, at most {@code limit}: the later entries of a record
     * wait until its first one is acknowledged, then go out rebased on the version the hub gave it.
     */
    public List<OutboxRow> pushableHeads(Connection c, int limit, boolean includeStaged) throws SQLException {
        String statuses = includeStaged ? "('PENDING','STAGED')" : "('PENDING')";
        Map<String, OutboxRow> heads = new LinkedHashMap<>();
        // A bounded scan: records with many waiting entries may leave fewer heads than the limit this round.
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE status IN "
                + statuses + " ORDER BY seq LIMIT " + (limit * 4))) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next() && heads.size() < limit) {
                    OutboxRow row = read(rows);
                    heads.putIfAbsent(row.entity() + "/" + row.entityId(), row);
                }
            }
        }
        return List.copyOf(heads.values());
    }

    /** Entries of one record still to push, oldest first. */
    public List<OutboxRow> waitingFor(Connection c, String entity, UUID id) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM outbox WHERE entity = ? AND entity_id = ?"
                + " AND status IN ('PENDING','STAGED') ORDER BY seq", entity, id);
    }

    public Optional<OutboxRow> byKey(Connection c, UUID key) throws SQLException {
        List<OutboxRow> rows = list(c, "SELECT " + COLUMNS + " FROM outbox WHERE idempotency_key = ?", key);
        return rows.stream().findFirst();
    }

    public List<OutboxRow> withStatus(Connection c, String status, int limit) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM outbox WHERE status = ? ORDER BY seq LIMIT " + limit, status);
    }

    public long count(Connection c, String... statuses) throws SQLException {
        String in = String.join(",", java.util.Collections.nCopies(statuses.length, "?"));
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM outbox WHERE status IN (" + in + ")")) {
            for (int i = 0; i < statuses.length; i++) {
                query.setString(i + 1, statuses[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public void markPushed(Connection c, long seq, long hubVersion, Instant now) throws SQLException {
        update(c, "UPDATE outbox SET status = 'PUSHED', pushed_at = ?, hub_version = ?, last_error = NULL WHERE seq = ?",
                time(now), hubVersion, seq);
    }

    /** Later entries of the record were written on top of the acknowledged one: they now build on its version. */
    public void rebaseLater(Connection c, String entity, UUID id, long afterSeq, long newBase) throws SQLException {
        update(c, "UPDATE outbox SET base_version = ? WHERE entity = ? AND entity_id = ? AND seq > ?"
                + " AND status IN ('PENDING','STAGED')", newBase, entity, id, afterSeq);
    }

    public void markRejected(Connection c, long seq, String reason) throws SQLException {
        update(c, "UPDATE outbox SET status = 'REJECTED', attempts = attempts + 1, last_error = ? WHERE seq = ?",
                truncate(reason), seq);
    }

    public void markStaged(Connection c, long seq) throws SQLException {
        update(c, "UPDATE outbox SET status = 'STAGED', attempts = attempts + 1 WHERE seq = ?", seq);
    }

    public void markNotSynced(Connection c, long seq, String reason) throws SQLException {
        update(c, "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?", truncate(reason), seq);
    }

    /** Puts a rejected entry back in the queue (the user's "Réessayer"). */
    public boolean retry(Connection c, long seq) throws SQLException {
        return update(c, "UPDATE outbox SET status = 'PENDING', last_error = NULL WHERE seq = ? AND status = 'REJECTED'",
                seq) == 1;
    }

    /** Puts every rejected entry back in the queue (after the hub was upgraded); how many went back. */
    public int retryAllRejected(Connection c) throws SQLException {
        return update(c, "UPDATE outbox SET status = 'PENDING', last_error = NULL WHERE status = 'REJECTED'");
    }

    /**
     * Replaces the content of a waiting entry by a merge and gives it a new idempotency key: the old key never
     * reached the hub (the hub answered CONFLICT, or a newer hub version made it stale), and the new content must
     * not hide behind it.
     */
    public void rewrite(Connection c, long seq, UUID newKey, String operation, String payload, long base)
            throws SQLException {
        update(c, "UPDATE outbox SET idempotency_key = ?, operation = ?, payload = ?, base_version = ?,"
                + " status = 'PENDING', last_error = NULL WHERE seq = ?", newKey, operation, payload, base, seq);
    }

    public void supersedeLater(Connection c, String entity, UUID id, long afterSeq) throws SQLException {
        update(c, "UPDATE outbox SET status = 'SUPERSEDED' WHERE entity = ? AND entity_id = ? AND seq > ?"
                + " AND status IN ('PENDING','STAGED')", entity, id, afterSeq);
    }

    private static List<OutboxRow> list(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, args);
            List<OutboxRow> result = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(read(rows));
                }
            }
            return result;
        }
    }

    private static OutboxRow read(ResultSet rows) throws SQLException {
        OffsetDateTime created = rows.getObject(11, OffsetDateTime.class);
        return new OutboxRow(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                rows.getObject(4, UUID.class), rows.getString(5), rows.getString(6), rows.getLong(7), rows.getString(8),
                rows.getInt(9), rows.getString(10), created == null ? null : created.toInstant());
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        }
    }

    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "…";
    }

}
