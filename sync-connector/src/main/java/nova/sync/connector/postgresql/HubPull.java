package nova.sync.connector.postgresql;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the ledger after a cursor behind the transaction-id fence (decision 0040). The fence and the rows come
 * from ONE statement, hence one snapshot: every row served belongs to a transaction that had ended when the
 * snapshot was taken, and no transaction still running can later add a row below the fence.
 *
 * <p>The hub's {@code pull_packed} (V6) runs that statement and writes the page as one JSON list, without the
 * caller's own site id: an upsert of this site is {@code [shape, id, version, key, workstation no, value...]}, its
 * payload's keys sent once per page for each entity kind and key set ({@link Shape}) and its workstation named
 * in the page's {@link PageDictionary}; anything else is {@code [entity, id, payload, version, key, workstation,
 * op, site, target]}; the caller's own changes that its connector remembers ({@link OwnChanges}) come back as
 * {@code []}. A transaction id (a string) precedes the first row of each transaction (its rows are consecutive
 * in pull order), a sequence number (a number) each row whose number is not the previous row's plus one
 * (decision 0185). Every byte counts at 6 kB/s: over a slow link the page comes through {@code pull_sealed} (hub V11,
 * decision 0217), the dictionary and the rows zlib-compressed in one {@link SealedText}, a third of the bytes; a
 * hub older than V11 serves it uncompressed.
 */
final class HubPull {

    /** The page query lives in the hub (V6): its text no longer crosses the link at each session's first pull. */
    private static final String SQL = "SELECT * FROM nova_hub.pull_packed(?, ?, ?, ?, ?, ?::int8[], ?::int8[])";
    private static final String UNDEFINED_FUNCTION = "42883";
    private static final Logger LOG = LoggerFactory.getLogger(HubPull.class);

    private final ObjectMapper mapper;
    private final String siteId;
    /** False once the hub said it has no pull_sealed (a hub not yet upgraded to V11). */
    private volatile boolean hubSeals = true;

    HubPull(ObjectMapper mapper, String siteId) {
        this.mapper = mapper;
        this.siteId = siteId;
    }

    /** One page; compressed when {@code sealed} and the hub can. */
    PullPage run(Connection connection, SyncCursor cursor, int limit, OwnChanges.Snapshot own, boolean sealed)
            throws SQLException {
        if (sealed && hubSeals) {
            try {
                return fetchSealed(connection, cursor, limit, own);
            } catch (SQLException e) {
                if (!UNDEFINED_FUNCTION.equals(e.getSQLState())) {
                    throw e;
                }
                LOG.info("Hub without pull_sealed (schema before V11): pages travel uncompressed");
                hubSeals = false;
            }
        }
        return fetch(connection, cursor, limit, own);
    }

    private PullPage fetch(Connection connection, SyncCursor cursor, int limit, OwnChanges.Snapshot own)
            throws SQLException {
        long fence;
        String dictionaryText;
        String page;
        String[] ranges = own.ranges();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, Long.toUnsignedString(cursor.transactionId()));
            statement.setLong(2, cursor.sequence());
            statement.setInt(3, limit + 1);
            statement.setString(4, siteId);
            statement.setString(5, own.workstationId());
            statement.setString(6, ranges[0]);
            statement.setString(7, ranges[1]);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                fence = Long.parseUnsignedLong(rows.getString(1));
                dictionaryText = rows.getString(2);
                page = rows.getString(3);
            }
        }
        return read(fence, dictionaryText, page, cursor, limit, own);
    }

    /**
     * The page through {@code pull_sealed}, its row copied out in binary ({@link BinaryCopyRow}: a bytea result of a
     * statement pgjdbc has not described yet would come as hexadecimal text). COPY takes no parameters: the values
     * are written as literals, escaped by the driver.
     */
    private PullPage fetchSealed(Connection connection, SyncCursor cursor, int limit, OwnChanges.Snapshot own)
            throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        String[] ranges = own.ranges();
        String sql = "COPY (SELECT * FROM nova_hub.pull_sealed(" + literal(pg, Long.toUnsignedString(cursor.transactionId()))
                + ", " + cursor.sequence() + ", " + (limit + 1) + ", " + literal(pg, siteId) + ", "
                + literal(pg, own.workstationId()) + ", " + literal(pg, ranges[0]) + ", " + literal(pg, ranges[1])
                + ")) TO STDOUT (FORMAT binary)";
        ByteArrayOutputStream copied = new ByteArrayOutputStream(8_192);
        byte[][] row;
        try {
            pg.getCopyAPI().copyOut(sql, copied);
            row = BinaryCopyRow.read(copied.toByteArray());
            if (row.length != 2 || row[0] == null) {
                throw new IOException("sealed page row is not (fence, sealed)");
            }
        } catch (IOException e) {
            throw new SQLException("unreadable pull page", "XX000", e);
        }
        long fence = Long.parseUnsignedLong(new String(row[0], StandardCharsets.UTF_8));
        String[] opened = opened(row[1]);
        return read(fence, opened[0], opened[1], cursor, limit, own);
    }

    private static String literal(PGConnection pg, String value) throws SQLException {
        return value == null ? "NULL" : "'" + pg.escapeLiteral(value) + "'";
    }

    /** The dictionary and the rows of a sealed page (both null when the page is empty). */
    private static String[] opened(byte[] sealed) throws SQLException {
        if (sealed == null) {
            return new String[2];
        }
        try {
            String text = SealedText.open(sealed);
            int end = text.indexOf('\n');
            if (end < 0) {
                throw new IOException("sealed page without its dictionary");
            }
            return new String[] {text.substring(0, end), text.substring(end + 1)};
        } catch (IOException e) {
            throw new SQLException("unreadable pull page", "XX000", e);
        }
    }

    /** The page as the hub wrote it; anything that is not that form fails as an unreadable page. */
    PullPage read(long fence, String dictionaryText, String page, SyncCursor cursor, int limit,
                  OwnChanges.Snapshot own) throws SQLException {
        List<ChangeRecord> changes = new ArrayList<>(Math.min(limit, 4096));
        List<SyncCursor> positions = new ArrayList<>(Math.min(limit, 4096));
        boolean more = false;
        if (page != null) {
            try (JsonParser parser = mapper.getFactory().createParser(page)) {
                PageDictionary dictionary = PageDictionary.read(mapper, dictionaryText);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new IOException("pull page is not a list");
                }
                long txid = 0;
                long seq = 0;
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == JsonToken.VALUE_STRING) {
                        txid = Long.parseUnsignedLong(parser.getText());
                        continue;
                    }
                    if (token == JsonToken.VALUE_NUMBER_INT) {
                        seq = parser.getLongValue();
                        continue;
                    }
                    if (token != JsonToken.START_ARRAY) {
                        throw new IOException("pull row is not a list");
                    }
                    if (changes.size() == limit) {
                        more = true;
                        break;
                    }
                    if (txid == 0 || seq <= 0) {
                        throw new IOException("pull row without a transaction id or sequence number");
                    }
                    changes.add(readRow(parser, page, dictionary, own, seq));
                    positions.add(new SyncCursor(txid, seq));
                    seq++;
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
     * One row, read token by token: {@code []} (one of the caller's own changes that {@code own} holds),
     * {@code [shape, id, version, key, workstation no, value...]} or
     * {@code [entity, id, payload, version, key, workstation, op, site, target]}; payloads and nested values
     * are cut out of the page text as they are rather than parsed and written again.
     */
    private ChangeRecord readRow(JsonParser parser, String page, PageDictionary dictionary, OwnChanges.Snapshot own,
                                 long seq) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            ChangeRecord known = own.bySequence().get(seq);
            if (known == null) {
                throw new IOException("hub elided change " + seq + " that this connector does not hold");
            }
            return known;
        }
        if (token == JsonToken.VALUE_NUMBER_INT) {
            Shape shape = dictionary.shape(parser.getIntValue());
            String id = nextText(parser);
            long version = nextLong(parser);
            String key = nextText(parser);
            String workstation = parser.nextToken() == JsonToken.VALUE_NULL ? null
                    : dictionary.workstation(parser.getIntValue());
            String payload = shape.payload(parser, page, mapper.getFactory());
            if (id == null || key == null) {
                throw new IOException("pull row without id or key");
            }
            return new ChangeRecord(shape.entity(), WireIds.decode(id), Operation.UPSERT, payload, version - 1,
                    WireIds.decode(key), siteId, null, workstation, seq, version);
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("unexpected pull row shape");
        }
        String entity = parser.getText();
        String id = nextText(parser);
        String payload = null;
        if (parser.nextToken() == JsonToken.START_OBJECT) {
            int from = (int) parser.currentTokenLocation().getCharOffset();
            parser.skipChildren();
            int to = (int) parser.currentLocation().getCharOffset();
            payload = page.substring(from, to);
        } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
            throw new IOException("pull row payload is not an object");
        }
        long version = nextLong(parser);
        String key = nextText(parser);
        String workstation = nextText(parser);
        String operation = nextText(parser);
        String site = nextText(parser);
        String target = nextText(parser);
        if (parser.nextToken() != JsonToken.END_ARRAY || id == null || key == null) {
            throw new IOException("unexpected pull row shape");
        }
        return new ChangeRecord(entity, WireIds.decode(id), operation == null ? Operation.UPSERT : Operation.DELETE,
                payload, version - 1, WireIds.decode(key), site == null ? siteId : site, target, workstation, seq,
                version);
    }

    private static long nextLong(JsonParser parser) throws IOException {
        parser.nextToken();
        if (!parser.currentToken().isNumeric()) {
            throw new IOException("number expected in pull row");
        }
        return parser.getLongValue();
    }

    private static String nextText(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("text expected in pull row");
        }
        return parser.getText();
    }
}
