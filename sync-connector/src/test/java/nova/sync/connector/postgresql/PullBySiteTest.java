package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nova.sync.connector.PullPage;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;

/**
 * Hub migration V10 (decision 0214): a pull reads its own site's ledger rows (and those addressed to it) from their
 * index, not every site's rows between its cursor and the fence. Counted with the server's own statistics: index
 * entries read by the pull, against the rows it returned.
 */
class PullBySiteTest {

    @Test
    void aPullFromTheStartReadsItsSiteRowsNotTheWholeHub() throws SQLException {
        TestHub hub = HubTestServer.newHub();
        String busy = hub.newSite("busy");
        String quiet = hub.newSite("quiet");
        try (PostgresSyncConnector busyDesk = hub.connect(busy, "B1");
                PostgresSyncConnector quietDesk = hub.connect(quiet, "Q1")) {
            for (int batch = 0; batch < 4; batch++) {
                busyDesk.push(Changes.newPatients(busy, "B1", 500));
            }
            quietDesk.push(Changes.newPatients(quiet, "Q1", 10));
            busyDesk.push(Changes.newPatients(busy, "B1", 500));
        }
        long before = ledgerIndexEntriesRead(hub);
        int returned;
        try (Connection session = hub.asSite(quiet); Statement statement = session.createStatement()) {
            try (ResultSet page = statement.executeQuery(
                    "SELECT page FROM nova_hub.pull_packed('0', 0, 500, '" + quiet + "', 'autre', '{}', '{}')")) {
                page.next();
                returned = page.getString(1).split("\\],\\[").length;
            }
            // Hands this session's counts to the statistics the admin reads.
            statement.execute("SELECT pg_stat_force_next_flush()");
        }
        long read = ledgerIndexEntriesRead(hub) - before;
        assertEquals(10, returned);
        assertTrue(read <= returned + 2, "the pull read " + read + " ledger index entries for " + returned + " rows");
    }

    @Test
    void theSamePagesComeBackAsBefore() {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("kita");
        String other = hub.newSite("kayes");
        try (PostgresSyncConnector desk = hub.connect(site, "K1");
                PostgresSyncConnector otherDesk = hub.connect(other, "Y1");
                PostgresSyncConnector reader = hub.connect(site, "K2")) {
            desk.push(Changes.newPatients(site, "K1", 7));
            otherDesk.push(Changes.newPatients(other, "Y1", 30));
            desk.push(Changes.newPatients(site, "K1", 6));
            PullPage first = reader.pull(SyncCursor.START, 5);
            assertEquals(5, first.changes().size());
            assertTrue(first.hasMore());
            PullPage rest = reader.pull(first.nextCursor(), 100);
            assertEquals(8, rest.changes().size());
            assertTrue(List.of(first, rest).stream().flatMap(p -> p.changes().stream())
                    .allMatch(c -> c.siteId().equals(site)));
        }
    }

    /** Index entries read so far in the ledger's indexes, as the admin sees the statistics now. */
    private static long ledgerIndexEntriesRead(TestHub hub) throws SQLException {
        try (Connection admin = hub.admin(); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet sum = statement.executeQuery("SELECT coalesce(sum(idx_tup_read), 0) FROM pg_stat_user_indexes"
                    + " WHERE schemaname = 'nova_hub' AND relname = 'change_ledger'")) {
                sum.next();
                return sum.getLong(1);
            }
        }
    }
}
