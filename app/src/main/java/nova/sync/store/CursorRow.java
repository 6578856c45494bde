package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import nova.sync.connector.SyncCursor;

/** The hub pull cursor, saved in the same transaction as the rows it covers. */
public final class CursorRow {

    private static final String NAME = "hub";

    public SyncCursor read(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT cursor_token FROM sync_state WHERE name = ?")) {
            query.setString(1, NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? SyncCursor.parse(rows.getString(1)) : SyncCursor.START;
            }
        }
    }

    public void save(Connection c, SyncCursor cursor, Instant now) throws SQLException {
        int updated = OutboxRows.update(c, "UPDATE sync_state SET cursor_token = ?, updated_at = ? WHERE name = ?",
                cursor.token(), OutboxRows.time(now), NAME);
        if (updated == 0) {
            OutboxRows.update(c, "INSERT INTO sync_state (name, cursor_token, updated_at) VALUES (?, ?, ?)",
                    NAME, cursor.token(), OutboxRows.time(now));
        }
    }
}
