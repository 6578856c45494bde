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

/**
 * One call of the hub's {@code push_packed} (which calls {@code push_changes}): one statement, hence one short
 * transaction, per batch. The batch travels packed ({@link PackedBatch}) and the reply as runs of applied
 * changes, because 2G links carry 6 kB/s (decisions 0045, 0185).
 */
final class HubPush {

    private static final String SQL = "SELECT nova_hub.push_packed(?::jsonb)";

    private final PackedBatch packed;
    private final ObjectMapper mapper;
    private final String siteId;
    private final String workstationId;

    HubPush(ObjectMapper mapper, String siteId, String workstationId) {
        this.packed = new PackedBatch(mapper.getFactory());
        this.mapper = mapper;
        this.siteId = siteId;
        this.workstationId = workstationId;
    }

    /** The batch as it will travel; made before the connection is asked for, so a cold sync encodes while it connects. */
    String encode(List<ChangeRecord> batch) {
        return packed.encode(batch, siteId, workstationId);
    }

    PushResult[] run(Connection connection, List<ChangeRecord> batch, String encoded) throws SQLException {
        String reply;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, encoded);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                reply = rows.getString(1);
            }
        }
        PushResult[] results = new PushResult[batch.size()];
        if (reply == null) {
            return results;
        }
        try {
            return read(mapper.readTree(reply), batch, results);
        } catch (IOException | RuntimeException e) {
            throw new SQLException("unreadable push reply", "XX000", e);
        }
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
                ChangeRecord change = batch.get(ord);
                long version = piece.get(1).asLong();
                long sequence = piece.get(2).asLong();
                results[ord] = switch (piece.get(0).asText()) {
                    case "A" -> PushResult.applied(change.idempotencyKey(), version, sequence);
                    case "D" -> PushResult.duplicate(change.idempotencyKey(), version, sequence);
                    case "C" -> PushResult.conflict(change.idempotencyKey(), version,
                            piece.get(3).isNull() ? null : mapper.writeValueAsString(piece.get(3)));
                    default -> PushResult.rejected(change.idempotencyKey(), piece.get(4).asText());
                };
                ord++;
            }
        }
        return results;
    }

    private static PushResult applied(ChangeRecord change, long sequence) {
        return PushResult.applied(change.idempotencyKey(), change.baseVersion() + 1, sequence);
    }
}
