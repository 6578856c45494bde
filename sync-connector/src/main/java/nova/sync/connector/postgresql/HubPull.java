package nova.sync.connector.postgresql;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
                    changes.add(readRow(parser, page, positions));
                }
            } catch (IOException | RuntimeException e) {
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

    /**
     * One {@code [seq, txid, entity, id, payload, version, key, workstation, op, site, target]} row, read token by
     * token; the payload is cut out of the page text as is rather than parsed and written again.
     */
    private ChangeRecord readRow(JsonParser parser, String page, List<SyncCursor> positions) throws IOException {
        long seq = nextLong(parser);
        long txid = Long.parseUnsignedLong(nextText(parser));
        String entity = nextText(parser);
        String id = nextText(parser);
        String payload = null;
        if (parser.nextToken() == JsonToken.START_OBJECT) {
            int from = (int) parser.currentTokenLocation().getCharOffset();
            parser.skipChildren();
            int to = (int) parser.currentLocation().getCharOffset();
            payload = page.substring(from, to);
        }
        long version = nextLong(parser);
        String key = nextText(parser);
        String workstation = nextText(parser);
        String operation = nextText(parser);
        String site = nextText(parser);
        String target = nextText(parser);
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new IOException("unexpected pull row shape");
        }
        positions.add(new SyncCursor(txid, seq));
        return new ChangeRecord(entity, WireIds.decode(id), operation == null ? Operation.UPSERT : Operation.DELETE,
                payload, version - 1, WireIds.decode(key), site == null ? siteId : site, target, workstation, seq,
                version);
    }

    private static long nextLong(JsonParser parser) throws IOException {
        parser.nextToken();
        return parser.getLongValue();
    }

    private static String nextText(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
