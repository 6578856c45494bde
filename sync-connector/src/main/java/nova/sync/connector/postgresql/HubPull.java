package nova.sync.connector.postgresql;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.record.WireIds;

/**
 * Reads the ledger after a cursor behind the transaction-id fence (decision 0040). The fence and the rows come
 * from ONE statement, hence one snapshot: every row served belongs to a transaction that had ended when the
 * snapshot was taken, and no transaction still running can later add a row below the fence.
 *
 * <p>The page travels as one JSON array of arrays, without the caller's own site id and with the operation
 * only for deletes: about a fifth fewer bytes than a row per change, which matters at 6 kB/s.
 */
final class HubPull {

    private static final String SQL = """
            SELECT f.fence::text, p.page::text
              FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS fence) f
              LEFT JOIN LATERAL (
                    SELECT json_agg(json_build_array(c.seq, c.txid::text, c.entity, nova_hub.wire_text(c.entity_id), c.payload,
                                        c.version, nova_hub.wire_text(c.idempotency_key), c.origin_workstation,
                                        CASE WHEN c.operation = 'DELETE' THEN 'D' END,
                                        NULLIF(c.site_id, ?), c.target_site_id)
                                    ORDER BY c.txid, c.seq) AS page
                      FROM (SELECT * FROM nova_hub.change_ledger l
                             WHERE (l.txid, l.seq) > (?::text::xid8, ?) AND l.txid < f.fence
                             ORDER BY l.txid, l.seq
                             LIMIT ?) c) p ON true
            """;

    private final ObjectMapper mapper;
    private final String siteId;

    HubPull(ObjectMapper mapper, String siteId) {
        this.mapper = mapper;
        this.siteId = siteId;
    }

    PullPage run(Connection connection, SyncCursor cursor, int limit) throws SQLException {
        long fence;
        String page;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, siteId);
            statement.setString(2, Long.toUnsignedString(cursor.transactionId()));
            statement.setLong(3, cursor.sequence());
            statement.setInt(4, limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                fence = Long.parseUnsignedLong(rows.getString(1));
                page = rows.getString(2);
            }
        }
        List<ChangeRecord> changes = new ArrayList<>(Math.min(limit, 4096));
        List<SyncCursor> positions = new ArrayList<>(Math.min(limit, 4096));
        boolean more = false;
        if (page != null) {
            try (JsonParser parser = mapper.getFactory().createParser(page)) {
                parser.nextToken(); // the page array
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    if (changes.size() == limit) {
                        more = true;
                        break;
                    }
                    JsonNode row = mapper.readTree(parser);
                    long seq = row.get(0).asLong();
                    long version = row.get(5).asLong();
                    JsonNode payload = row.get(4);
                    changes.add(new ChangeRecord(row.get(2).asText(), WireIds.decode(row.get(3).asText()),
                            row.get(8).isNull() ? Operation.UPSERT : Operation.DELETE,
                            payload.isNull() ? null : mapper.writeValueAsString(payload), version - 1,
                            WireIds.decode(row.get(6).asText()), row.get(9).isNull() ? siteId : row.get(9).asText(),
                            textOrNull(row.get(10)), textOrNull(row.get(7)), seq, version));
                    positions.add(new SyncCursor(Long.parseUnsignedLong(row.get(1).asText()), seq));
                }
            } catch (IOException e) {
                throw new SQLException("unreadable pull page", "XX000", e);
            }
        }
        SyncCursor next = positions.isEmpty() ? cursor : positions.getLast();
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

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
