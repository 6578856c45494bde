package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;

/**
 * Hub migration V8 (decision 0210): a session plans the pull statement once and keeps the plan, instead of
 * planning it again at every pull (what PostgreSQL 17 does for the SQL function of V6).
 */
class PullPlanCacheTest {

    /** Text that only the pull statement's fence contains. */
    private static final String PULL_STATEMENT = "%pg_snapshot_xmin(pg_current_snapshot()) AS fence%";

    @Test
    void theSessionKeepsThePullPlanBetweenPulls() throws SQLException {
        TestHub hub = HubTestServer.newHub();
        // As the admin: the backend's memory contexts are readable by superusers only; the plan is the same.
        try (Connection session = hub.admin()) {
            assertEquals(0, cachedPullPlans(session), "no pull yet");
            pull(session);
            pull(session);
            assertTrue(cachedPullPlans(session) >= 1, "the pull's plan outlives the call that made it");
        }
    }

    private static void pull(Connection session) throws SQLException {
        try (Statement statement = session.createStatement();
             ResultSet page = statement.executeQuery(
                     "SELECT * FROM nova_hub.pull_packed('0', 0, 10, 'site', 'poste', '{}', '{}')")) {
            assertTrue(page.next());
        }
    }

    private static int cachedPullPlans(Connection session) throws SQLException {
        try (PreparedStatement query = session.prepareStatement(
                "SELECT count(*) FROM pg_backend_memory_contexts WHERE name = 'CachedPlan' AND ident LIKE ?")) {
            query.setString(1, PULL_STATEMENT);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
