package nova.sync.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nova.sync.connector.HubSite;

/**
 * The local copy of the hub's site directory (table {@code hub_site}). A refresh takes every listed site's
 * current name and address; a site the hub no longer lists is kept, marked removed, for the name of the referrals
 * already exchanged with it (decision 0216).
 */
public final class HubSiteRows {

    /** The hub's whole directory as of {@code now} (this site left out): {@code sites} may be empty. */
    public void refresh(Connection c, List<HubSite> sites, Instant now) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO hub_site (site_id, name, address, refreshed_at,"
                + " removed_at) KEY (site_id) VALUES (?, ?, ?, ?, NULL)")) {
            for (HubSite site : sites) {
                merge.setString(1, site.siteId());
                merge.setString(2, cut(site.name(), 200));
                merge.setString(3, cut(site.address(), 300));
                merge.setObject(4, at);
                merge.addBatch();
            }
            merge.executeBatch();
        }
        String listed = sites.isEmpty() ? "" : " AND site_id NOT IN ("
                + String.join(", ", java.util.Collections.nCopies(sites.size(), "?")) + ")";
        try (PreparedStatement removed = c.prepareStatement(
                "UPDATE hub_site SET removed_at = ? WHERE removed_at IS NULL" + listed)) {
            removed.setObject(1, at);
            for (int i = 0; i < sites.size(); i++) {
                removed.setString(i + 2, sites.get(i).siteId());
            }
            removed.executeUpdate();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
