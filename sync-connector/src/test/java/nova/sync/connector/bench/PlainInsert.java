package nova.sync.connector.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.support.TestHub;

/**
 * The baseline the push is compared with: a plain JDBC batch insert of the same ledger rows into a table shaped
 * like the ledger (its indexes included), 500 rows per batch and a commit each, as the admin (no row-level security).
 */
final class PlainInsert {

    private PlainInsert() {
    }

    /** Creates {@code bench.<table>} like the ledger; the insert then goes into it. */
    static void createTable(TestHub hub, String table) throws SQLException {
        try (Connection admin = hub.admin(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE bench." + table + " (LIKE nova_hub.change_ledger INCLUDING ALL)");
        }
    }

    /** Inserts the rows on {@code connection} (autocommit off on return). */
    static void insert(Connection connection, String table, List<ChangeRecord> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO bench." + table + " (entity, entity_id, operation, payload, version, idempotency_key,"
                        + " site_id, origin_workstation) VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            int inBatch = 0;
            for (ChangeRecord change : changes) {
                insert.setString(1, change.entity());
                insert.setObject(2, change.id());
                insert.setString(3, change.operation().name());
                insert.setString(4, change.payload());
                insert.setLong(5, change.baseVersion() + 1);
                insert.setObject(6, change.idempotencyKey());
                insert.setString(7, change.siteId());
                insert.setString(8, change.originWorkstation());
                insert.addBatch();
                if (++inBatch == 500) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
