package nova.sync.connector.postgresql;

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
import nova.sync.connector.SiteSnapshot;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.record.WireIds;

/**
 * One call of the hub's {@code site_snapshot}: the site's records as of the transaction-id fence, one per record,
 * and the fence as the cursor to pull from (decision 0181). One statement, so records and fence come from one
 * snapshot. The rows travel as one compact JSON array, like a pull page:
 * {@code [seq, entity, id, payload, version, key, workstation(, site, target)]}, the site and addressee left out
 * when they are the caller's site and nobody. The whole snapshot is read at once: a clinic's current records
 * (thousands, a few MB), not its history.
 */
final class HubSnapshot {

    private static final String SQL = """
            SELECT max(s.fence)::text,
                   (json_agg(CASE WHEN s.site_id = ? AND s.target_site_id IS NULL
                                  THEN json_build_array(s.seq, s.entity, nova_hub.wire_text(s.entity_id), s.payload,
                                           s.version, nova_hub.wire_text(s.idempotency_key), s.origin_workstation)
                                  ELSE json_build_array(s.seq, s.entity, nova_hub.wire_text(s.entity_id), s.payload,
                                           s.version, nova_hub.wire_text(s.idempotency_key), s.origin_workstation,
                                           NULLIF(s.site_id, ?), s.target_site_id)
                             END ORDER BY s.txid, s.seq) FILTER (WHERE s.seq IS NOT NULL))::text
              FROM nova_hub.site_snapshot() s
            """;

    private final ObjectMapper mapper;
    private final String siteId;

    HubSnapshot(ObjectMapper mapper, String siteId) {
        this.mapper = mapper;
        this.siteId = siteId;
    }

    SiteSnapshot run(Connection connection) throws SQLException {
        long fence;
        String rows;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, siteId);
            statement.setString(2, siteId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                fence = Long.parseUnsignedLong(result.getString(1));
                rows = result.getString(2);
            }
        }
        List<ChangeRecord> changes = new ArrayList<>();
        if (rows != null) {
            try {
                for (JsonNode row : mapper.readTree(rows)) {
                    changes.add(toChange(row));
                }
            } catch (IOException | RuntimeException e) {
                throw new SQLException("unreadable snapshot", "XX000", e);
            }
        }
        return new SiteSnapshot(changes, new SyncCursor(fence, 0));
    }

    private ChangeRecord toChange(JsonNode row) throws IOException {
        long version = row.get(4).asLong();
        String site = row.size() > 7 && !row.get(7).isNull() ? row.get(7).asText() : siteId;
        String target = row.size() > 8 && !row.get(8).isNull() ? row.get(8).asText() : null;
        String workstation = row.get(6).isNull() ? null : row.get(6).asText();
        return new ChangeRecord(row.get(1).asText(), WireIds.decode(row.get(2).asText()), Operation.UPSERT,
                mapper.writeValueAsString(row.get(3)), version - 1, WireIds.decode(row.get(5).asText()), site, target,
                workstation, row.get(0).asLong(), version);
    }
}
