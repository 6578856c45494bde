package nova.sync.connector.postgresql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PushResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One push call, one statement, hence one short transaction, per batch. Over a slow link the batch travels packed
 * ({@link PackedBatch}, {@code push_packed}) and compressed ({@link SealedText}, {@code push_sealed}), the reply as
 * runs of applied changes, because 2G links carry 6 kB/s (decisions 0045, 0185, 0217); over a fast one as compact
 * items straight to {@code push_changes}, which costs the hub less CPU (decision 0186). A hub older than V11 has no
 * {@code push_sealed}: its pushes then travel packed, uncompressed.
 */
final class HubPush {

    private static final Logger LOG = LoggerFactory.getLogger(HubPush.class);

    private static final String PACKED_SQL = "SELECT nova_hub.push_packed(?::jsonb)";
    private static final String SEALED_SQL = "SELECT nova_hub.push_sealed(?)";
    private static final String UNDEFINED_FUNCTION = "42883";
    private static final String ITEMS_SQL = """
            SELECT json_agg(CASE WHEN r_status IN ('APPLIED', 'DUPLICATE')
                                 THEN json_build_array(r_ord, left(r_status, 1), r_version, r_seq)
                                 ELSE json_build_array(r_ord, left(r_status, 1), r_version, r_seq, r_payload, r_reason)
                            END)::text
              FROM nova_hub.push_changes(?::jsonb, ?::jsonb)
            """;

    /**
     * A batch as it travels: the packed object (and its sealed bytes when the link wants them compressed), or the
     * compact items and the defaults they leave out.
     */
    record Encoded(boolean packed, String body, String defaults, byte[] sealed) {
    }

    private final PackedBatch packed;
    private final ItemsBatch items;
    private final ObjectMapper mapper;
    private final String siteId;
    private final String workstationId;
    /** False once the hub said it has no push_sealed (a hub not yet upgraded to V11). */
    private volatile boolean hubSeals = true;

    HubPush(ObjectMapper mapper, String siteId, String workstationId) {
        this.packed = new PackedBatch(mapper.getFactory());
        this.items = new ItemsBatch(mapper.getFactory());
        this.mapper = mapper;
        this.siteId = siteId;
        this.workstationId = workstationId;
    }

    Encoded encode(List<ChangeRecord> batch, HubWire wire) {
        if (!wire.packsPushes()) {
            return new Encoded(false, items.items(batch, siteId, workstationId), items.defaults(batch, siteId, workstationId),
                    null);
        }
        String body = packed.encode(batch, siteId, workstationId);
        return new Encoded(true, body, null, wire.seals() && hubSeals ? SealedText.seal(body) : null);
    }

    PushResult[] run(Connection connection, List<ChangeRecord> batch, Encoded encoded) throws SQLException {
        String reply;
        try {
            reply = send(connection, encoded);
        } catch (SQLException e) {
            if (encoded.sealed() == null || !UNDEFINED_FUNCTION.equals(e.getSQLState())) {
                throw e;
            }
            LOG.info("Hub without push_sealed (schema before V11): pushes travel uncompressed");
            hubSeals = false;
            reply = send(connection, new Encoded(true, encoded.body(), null, null));
        }
        PushResult[] results = new PushResult[batch.size()];
        if (reply == null) {
            return results;
        }
        try {
            JsonNode verdicts = mapper.readTree(reply);
            return encoded.packed() ? read(verdicts, batch, results) : readItems(verdicts, batch, results);
        } catch (IOException | RuntimeException e) {
            throw new SQLException("unreadable push reply", "XX000", e);
        }
    }

    private static String send(Connection connection, Encoded encoded) throws SQLException {
        String sql = encoded.sealed() != null ? SEALED_SQL : encoded.packed() ? PACKED_SQL : ITEMS_SQL;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (encoded.sealed() != null) {
                statement.setBytes(1, encoded.sealed());
            } else {
                statement.setString(1, encoded.body());
            }
            if (!encoded.packed()) {
                statement.setString(2, encoded.defaults());
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The items reply: {@code [ord, letter, version, seq(, payload, reason)]} per change. */
    private PushResult[] readItems(JsonNode reply, List<ChangeRecord> batch, PushResult[] results) throws IOException {
        for (JsonNode verdict : reply) {
            int ord = verdict.get(0).asInt();
            results[ord] = verdict(batch.get(ord), verdict, 1);
        }
        return results;
    }

    /**
     * The verdicts in batch order: {@code seq} (applied, version = base + 1), {@code [first seq, count]} (a run of
     * those), or {@code [letter, version, seq(, payload, reason)]}.
     */
    private PushResult[] read(JsonNode reply, List<ChangeRecord> batch, PushResult[] results) throws IOException {
        int ord = 0;
        for (JsonNode piece : reply) {
            if (piece.isIntegralNumber()) {
                results[ord] = applied(batch.get(ord), piece.asLong());
                ord++;
            } else if (piece.isArray() && piece.get(0).isIntegralNumber()) {
                long first = piece.get(0).asLong();
                int count = piece.get(1).asInt();
                for (int j = 0; j < count; j++) {
                    results[ord] = applied(batch.get(ord), first + j);
                    ord++;
                }
            } else {
                results[ord] = verdict(batch.get(ord), piece, 0);
                ord++;
            }
        }
        return results;
    }

    /** {@code [letter, version, seq(, payload, reason)]} starting at {@code at}: the same in both replies. */
    private PushResult verdict(ChangeRecord change, JsonNode verdict, int at) throws IOException {
        long version = verdict.get(at + 1).asLong();
        long sequence = verdict.get(at + 2).asLong();
        return switch (verdict.get(at).asText()) {
            case "A" -> PushResult.applied(change.idempotencyKey(), version, sequence);
            case "D" -> PushResult.duplicate(change.idempotencyKey(), version, sequence);
            case "C" -> PushResult.conflict(change.idempotencyKey(), version,
                    verdict.get(at + 3).isNull() ? null : mapper.writeValueAsString(verdict.get(at + 3)));
            default -> PushResult.rejected(change.idempotencyKey(), verdict.get(at + 4).asText());
        };
    }

    private static PushResult applied(ChangeRecord change, long sequence) {
        return PushResult.applied(change.idempotencyKey(), change.baseVersion() + 1, sequence);
    }
}
