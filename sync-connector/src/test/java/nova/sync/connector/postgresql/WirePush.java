package nova.sync.connector.postgresql;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PushStatus;

/** The connector's own push (its encoding and hub call) on a caller's connection, for benchmarks that time the server. */
public final class WirePush {

    private final HubPush push;
    private final HubWire wire;

    public WirePush(String siteId, String workstationId, HubWire wire) {
        if (wire == HubWire.AUTO) {
            throw new IllegalArgumentException("a measured wire is SEALED, PACKED or ITEMS");
        }
        this.push = new HubPush(new ObjectMapper(), siteId, workstationId);
        this.wire = wire;
    }

    /** Pushes the batch as the connector would and returns how many changes the hub applied. */
    public long applied(Connection connection, List<ChangeRecord> batch) throws SQLException {
        return Arrays.stream(push.run(connection, batch, push.encode(batch, wire)))
                .filter(Objects::nonNull)
                .filter(result -> result.status() == PushStatus.APPLIED)
                .count();
    }
}
