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
import nova.sync.connector.record.ChangeRecordCodec;

/**
 * One call of the hub's {@code push_changes}: one statement, hence one short transaction, per batch. Request and
 * reply are compact JSON (common fields sent once, one-letter verdicts) because 2G links carry 6 kB/s.
 */
final class HubPush {

    private static final String SQL = """
            SELECT json_agg(CASE WHEN r_status IN ('APPLIED', 'DUPLICATE')
                                 THEN json_build_array(r_ord, left(r_status, 1), r_version, r_seq)
                                 ELSE json_build_array(r_ord, left(r_status, 1), r_version, r_seq, r_payload, r_reason)
                            END)::text
              FROM nova_hub.push_changes(?::jsonb, ?::jsonb)
            """;

    private final ChangeRecordCodec codec;
    private final ObjectMapper mapper;
    private final String siteId;
    private final String workstationId;

    HubPush(ChangeRecordCodec codec, ObjectMapper mapper, String siteId, String workstationId) {
        this.codec = codec;
        this.mapper = mapper;
        this.siteId = siteId;
        this.workstationId = workstationId;
    }

    PushResult[] run(Connection connection, List<ChangeRecord> batch) throws SQLException {
        String reply;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, codec.toCompactPushJson(batch, siteId, workstationId));
            statement.setString(2, codec.pushDefaults(batch, siteId, workstationId));
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
            for (JsonNode verdict : mapper.readTree(reply)) {
                int ord = verdict.get(0).asInt();
                ChangeRecord change = batch.get(ord);
                long version = verdict.get(2).asLong();
                long sequence = verdict.get(3).asLong();
                results[ord] = switch (verdict.get(1).asText()) {
                    case "A" -> PushResult.applied(change.idempotencyKey(), version, sequence);
                    case "D" -> PushResult.duplicate(change.idempotencyKey(), version, sequence);
                    case "C" -> PushResult.conflict(change.idempotencyKey(), version,
                            verdict.get(4).isNull() ? null : mapper.writeValueAsString(verdict.get(4)));
                    default -> PushResult.rejected(change.idempotencyKey(), verdict.get(5).asText());
                };
            }
        } catch (IOException e) {
            throw new SQLException("unreadable push reply", "XX000", e);
        }
        return results;
    }
}
