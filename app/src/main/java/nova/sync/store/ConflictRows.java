package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.common.Ids;
import nova.sync.domain.ConflictChoice;
import nova.sync.domain.ConflictKind;
import nova.sync.domain.SyncConflict;

/** The "À résoudre" list. Rows are never deleted: a resolved conflict keeps both versions as history. */
public final class ConflictRows {

    private static final String COLUMNS = "id, kind, entity, entity_id, other_entity_id, field_name, local_value,"
            + " remote_value, local_payload, remote_payload, detected_at, status, choice";

    /** Adds an open conflict unless the same one (same records, same field) is already open; true if added. */
    public boolean open(Connection c, ConflictKind kind, String entity, UUID entityId, UUID otherEntityId,
                        String field, String localValue, String remoteValue, String localPayload,
                        String remotePayload, Instant now) throws SQLException {
        String pairKey = pairKey(kind, entity, entityId, otherEntityId, field);
        try (PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM sync_conflict WHERE pair_key = ? AND status = 'OPEN'")) {
            query.setString(1, pairKey);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return false;
                }
            }
        }
        OutboxRows.update(c, "INSERT INTO sync_conflict (id, kind, entity, entity_id, other_entity_id, field_name,"
                        + " local_value, remote_value, local_payload, remote_payload, pair_key, detected_at, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')",
                Ids.newId(), kind.name(), entity, entityId, otherEntityId, field, localValue, remoteValue,
                localPayload, remotePayload, pairKey, OutboxRows.time(now));
        return true;
    }

    public List<SyncConflict> withStatus(Connection c, String status) throws SQLException {
        List<SyncConflict> result = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS
                + " FROM sync_conflict WHERE status = ? ORDER BY detected_at, id")) {
            query.setString(1, status);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(read(rows));
                }
            }
        }
        return result;
    }

    public Optional<SyncConflict> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_conflict WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    public long countOpen(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM sync_conflict WHERE status = 'OPEN'");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public void resolve(Connection c, UUID id, ConflictChoice choice, String username, Instant now) throws SQLException {
        OutboxRows.update(c, "UPDATE sync_conflict SET status = 'RESOLVED', choice = ?, resolved_at = ?,"
                + " resolved_by = ? WHERE id = ?", choice.name(), OutboxRows.time(now), username, id);
    }

    /** An appointment stopped holding its chair: the clashes it was part of are settled. */
    public void closeClashesOf(Connection c, UUID appointmentId, Instant now) throws SQLException {
        OutboxRows.update(c, "UPDATE sync_conflict SET status = 'CLOSED', resolved_at = ? WHERE kind = 'SLOT_CLASH'"
                + " AND status = 'OPEN' AND (entity_id = ? OR other_entity_id = ?)", OutboxRows.time(now),
                appointmentId, appointmentId);
    }

    private static String pairKey(ConflictKind kind, String entity, UUID a, UUID b, String field) {
        if (kind == ConflictKind.SLOT_CLASH) {
            String first = a.compareTo(b) <= 0 ? a.toString() : b.toString();
            String second = a.compareTo(b) <= 0 ? b.toString() : a.toString();
            return "SLOT:" + first + ":" + second;
        }
        return "FIELD:" + entity + ":" + a + ":" + field;
    }

    private static SyncConflict read(ResultSet rows) throws SQLException {
        String choice = rows.getString(13);
        return new SyncConflict(rows.getObject(1, UUID.class), ConflictKind.valueOf(rows.getString(2)),
                rows.getString(3), rows.getObject(4, UUID.class), rows.getObject(5, UUID.class), rows.getString(6),
                rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                rows.getObject(11, OffsetDateTime.class).toInstant(), rows.getString(12),
                choice == null ? null : ConflictChoice.valueOf(choice));
    }
}
