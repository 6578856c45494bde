package nova.sync.connector.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PushResult;
import nova.sync.connector.record.ChangeRecordCodec;

/** One call of the hub's {@code push_changes}: one statement, hence one short transaction, per batch. */
final class HubPush {

    private static final String SQL = "SELECT r_ord, r_status, r_version, r_seq, r_payload::text, r_reason"
            + " FROM nova_hub.push_changes(?::jsonb)";

    private final ChangeRecordCodec codec;

    HubPush(ChangeRecordCodec codec) {
        this.codec = codec;
    }

    PushResult[] run(Connection connection, List<ChangeRecord> batch) throws SQLException {
        PushResult[] results = new PushResult[batch.size()];
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, codec.toPushJson(batch));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int ord = rows.getInt(1);
                    ChangeRecord change = batch.get(ord);
                    results[ord] = switch (rows.getString(2)) {
                        case "APPLIED" -> PushResult.applied(change.idempotencyKey(), rows.getLong(3), rows.getLong(4));
                        case "DUPLICATE" -> PushResult.duplicate(change.idempotencyKey(), rows.getLong(3), rows.getLong(4));
                        case "CONFLICT" -> PushResult.conflict(change.idempotencyKey(), rows.getLong(3), rows.getString(5));
                        default -> PushResult.rejected(change.idempotencyKey(), rows.getString(6));
                    };
                }
            }
        }
        return results;
    }
}
