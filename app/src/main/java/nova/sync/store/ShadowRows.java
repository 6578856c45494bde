package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The last payload the hub held for each synced record, at its hub version: the common base of a three-way
 * merge between the hub's newer version and this workstation's unpushed edit.
 */
public final class ShadowRows {

    /** A record's hub payload (null when the hub holds it deleted) at a hub version. */
    public record Shadow(long hubVersion, String payload) {
    }

    public Optional<Shadow> get(Connection c, String entity, UUID id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT hub_version, payload FROM sync_shadow WHERE entity = ? AND entity_id = ?")) {
            query.setString(1, entity);
            query.setObject(2, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Shadow(rows.getLong(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    /** Keeps the newest version only: an older payload arriving late never replaces a newer one. */
    public void put(Connection c, String entity, UUID id, long hubVersion, String payload) throws SQLException {
        OutboxRows.update(c, "MERGE INTO sync_shadow t USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS UUID),"
                + " CAST(? AS BIGINT), CAST(? AS CLOB))) s(entity, entity_id, hub_version, payload)"
                + " ON t.entity = s.entity AND t.entity_id = s.entity_id"
                + " WHEN MATCHED AND t.hub_version <= s.hub_version THEN UPDATE SET hub_version = s.hub_version,"
                + " payload = s.payload"
                + " WHEN NOT MATCHED THEN INSERT (entity, entity_id, hub_version, payload)"
                + " VALUES (s.entity, s.entity_id, s.hub_version, s.payload)", entity, id, hubVersion, payload);
    }
}
