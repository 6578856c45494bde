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
 * only for deletes: about a fifth fewer bytes than a row per change, which matters at 6 kB/s. The three last
 * fields (operation, site, addressee) are left out when they are the usual ones (upsert, own site, nobody), and
 * the caller's own changes that its connector remembers ({@link OwnChanges}) come back as {@code [seq, txid]}.
 * A row's txid is null (or absent from an own change) when it is the previous row's: a transaction's rows are
 * consecutive in pull order.
 */
final class HubPull {

    private static final String SQL = """
            SELECT f.fence::text, p.page::text
              FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS fence) f
              LEFT JOIN LATERAL (
                    SELECT json_agg(CASE
                               WHEN c.origin_workstation = ? AND EXISTS (
                                        SELECT 1 FROM unnest(?::int8[], ?::int8[]) AS k(lo, hi)
                                         WHERE c.seq BETWEEN k.lo AND k.hi)
                               THEN CASE WHEN c.txid = c.prev_txid THEN json_build_array(c.seq)
                                         ELSE json_build_array(c.seq, c.txid::text) END
                               WHEN c.operation = 'UPSERT' AND c.site_id = ? AND c.target_site_id IS NULL
                               THEN json_build_array(c.seq, CASE WHEN c.txid <> c.prev_txid THEN c.txid::text END, c.entity, nova_hub.wire_text(c.entity_id),
                                        c.payload, c.version, nova_hub.wire_text(c.idempotency_key), c.origin_workstation)
                               ELSE json_build_array(c.seq, CASE WHEN c.txid <> c.prev_txid THEN c.txid::text END, c.entity, nova_hub.wire_text(c.entity_id),
                                        c.payload, c.version, nova_hub.wire_text(c.idempotency_key), c.origin_workstation,
                                        CASE WHEN c.operation = 'DELETE' THEN 'D' END,
                                        NULLIF(c.site_id, ?), c.target_site_id)
                               END ORDER BY c.txid, c.seq) AS page
                      FROM (SELECT x.*, lag(x.txid, 1, '0'::xid8) OVER (ORDER BY x.txid, x.seq) AS prev_txid
                              FROM (SELECT * FROM nova_hub.change_ledger l
                                     WHERE (l.txid, l.seq) > (?::text::xid8, ?) AND l.txid < f.fence
                                     ORDER BY l.txid, l.seq
                                     LIMIT ?) x) c) p ON true
            """;

    private final ObjectMapper mapper;
    private final String siteId;

    HubPull(ObjectMapper mapper, String siteId) {
        this.mapper = mapper;
        this.siteId = siteId;
    }

    PullPage run(Connection connection, SyncCursor cursor, int limit, OwnChanges.Snapshot own) throws SQLException {
        long fence;
        String page;
        String[] ranges = own.ranges();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, own.workstationId());
            statement.setString(2, ranges[0]);
            statement.setString(3, ranges[1]);
            statement.setString(4, siteId);
            statement.setString(5, siteId);
            statement.setString(6, Long.toUnsignedString(cursor.transactionId()));
            statement.setLong(7, cursor.sequence());
            statement.setInt(8, limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                fence = Long.parseUnsignedLong(rows.getString(1));
                page = rows.getString(2);
            }
        }
        List<ChangeRecord> changes = new ArrayList<>(Math.min(limit, 4096));
        List<SyncCursor> positions = new ArrayList<>(Math.min(limit, 4096));
        long[] previousTxid = {0};
        boolean more = false;
        if (page != null) {
            try (JsonParser parser = mapper.getFactory().createParser(page)) {
                parser.nextToken(); // the page array
                while (parser.nextToken() == JsonToken.START_ARRAY) {
                    if (changes.size() == limit) {
                        more = true;
                        break;
                    }
                    changes.add(readRow(parser, page, positions, own, previousTxid));
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
     * One {@code [seq, txid, entity, id, payload, version, key, workstation(, op, site, target)]} row, or
     * {@code [seq(, txid)]} for one of the caller's own changes that {@code own} holds, read token by token; the
     * payload is cut out of the page text as is rather than parsed and written again.
     */
    private ChangeRecord readRow(JsonParser parser, String page, List<SyncCursor> positions, OwnChanges.Snapshot own,
                                 long[] previousTxid) throws IOException {
        long seq = nextLong(parser);
        JsonToken token = parser.nextToken();
        if (token != JsonToken.END_ARRAY && token != JsonToken.VALUE_NULL) {
            previousTxid[0] = Long.parseUnsignedLong(parser.getText());
        }
        if (previousTxid[0] == 0) {
            throw new IOException("pull row without a transaction id");
        }
        positions.add(new SyncCursor(previousTxid[0], seq));
        if (token == JsonToken.END_ARRAY || parser.nextToken() == JsonToken.END_ARRAY) {
            ChangeRecord known = own.bySequence().get(seq);
            if (known == null) {
                throw new IOException("hub elided change " + seq + " that this connector does not hold");
            }
            return known;
        }
        String entity = parser.getText();
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
        String operation = null;
        String site = null;
        String target = null;
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            operation = textOrNull(parser);
            site = nextText(parser);
            target = nextText(parser);
            if (parser.nextToken() != JsonToken.END_ARRAY) {
                throw new IOException("unexpected pull row shape");
            }
        }
        return new ChangeRecord(entity, WireIds.decode(id), operation == null ? Operation.UPSERT : Operation.DELETE,
                payload, version - 1, WireIds.decode(key), site == null ? siteId : site, target, workstation, seq,
                version);
    }

    private static String textOrNull(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    private static long nextLong(JsonParser parser) throws IOException {
        parser.nextToken();
        return parser.getLongValue();
    }

    private static String nextText(JsonParser parser) throws IOException {
        return parser.nextToken() == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
