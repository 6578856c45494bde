package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nova.sync.connector.HubSite;

/** The local copy of the hub's site directory (table {@code hub_site}), replaced whole at each refresh. */
public final class HubSiteRows {

    public void replace(Connection c, List<HubSite> sites, Instant now) throws SQLException {
        try (Statement clear = c.createStatement()) {
            clear.executeUpdate("DELETE FROM hub_site");
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO hub_site (site_id, name, address, refreshed_at) VALUES (?, ?, ?, ?)")) {
            for (HubSite site : sites) {
                insert.setString(1, site.siteId());
                insert.setString(2, cut(site.name(), 200));
                insert.setString(3, cut(site.address(), 300));
                insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
