package nova.sync.connector.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.SyncCursor;

/**
 * Reads the ledger after a cursor behind the transaction-id fence (decision 0040). The fence and the rows come
 * from ONE statement, hence one snapshot: every row served belongs to a transaction that had ended when the
 * snapshot was taken, and no transaction still running can later add a row below the fence.
 */
final class HubPull {

    private static final String SQL = """
            SELECT f.fence::text, l.seq, l.txid::text, l.entity, l.entity_id, l.operation, l.payload::text,
                   l.version, l.idempotency_key, l.site_id, l.target_site_id, l.origin_workstation
              FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS fence) f
              LEFT JOIN LATERAL (
                    SELECT c.* FROM nova_hub.change_ledger c
                     WHERE (c.txid, c.seq) > (?::text::xid8, ?) AND c.txid < f.fence
                     ORDER BY c.txid, c.seq
                     LIMIT ?) l ON true
            """;

    PullPage run(Connection connection, SyncCursor cursor, int limit) throws SQLException {
        List<ChangeRecord> changes = new ArrayList<>(Math.min(limit, 4096));
        List<SyncCursor> positions = new ArrayList<>(Math.min(limit, 4096));
        long fence = 0;
        SyncCursor last = cursor;
        boolean more = false;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, Long.toUnsignedString(cursor.transactionId()));
            statement.setLong(2, cursor.sequence());
            statement.setInt(3, limit + 1);
            statement.setFetchSize(0);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    fence = Long.parseUnsignedLong(rows.getString(1));
                    if (rows.getObject(2) == null) {
                        break;
                    }
                    if (changes.size() == limit) {
                        more = true;
                        break;
                    }
                    long seq = rows.getLong(2);
                    long txid = Long.parseUnsignedLong(rows.getString(3));
                    long version = rows.getLong(8);
                    changes.add(new ChangeRecord(rows.getString(4), rows.getObject(5, UUID.class),
                            Operation.valueOf(rows.getString(6)), rows.getString(7), version - 1,
                            rows.getObject(9, UUID.class), rows.getString(10), rows.getString(11),
                            rows.getString(12), seq, version));
                    last = new SyncCursor(txid, seq);
                    positions.add(last);
                }
            }
        }
        SyncCursor next = last;
        if (!more) {
            // Everything below the fence has been served: jump to it, so that a quiet site does not rescan the
            // other sites' rows on every pull. Any later row has txid >= fence and seq >= 1.
            SyncCursor atFence = new SyncCursor(fence, 0);
            if (atFence.compareTo(next) > 0) {
                next = atFence;
            }
        }
        return new PullPage(changes, positions, next, more);
    }
}
