package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.stream.Collectors;
import nova.sync.connector.HubSite;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A slow session keeps the site directory it read for an hour (decision 0218): the application asks after every
 * sync, and on 2G each read is a round trip and a few kilobytes. A fast session, and the next slow one, read the
 * hub's current list.
 */
class SlowLinkDirectoryTest {

    private static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aSlowSessionGivesItsDirectoryAgainAndOthersReadTheHub() throws Exception {
        String cscom = hub.newSite("cscom");
        String csref = hub.newSite("csref");
        name(csref, "CSRéf de Kati");
        try (PostgresSyncConnector slow = hub.connect(cscom, "P1", HubWire.SEALED);
                PostgresSyncConnector fast = hub.connect(cscom, "P2", HubWire.ITEMS)) {
            assertEquals(Map.of(csref, "CSRéf de Kati"), names(slow));
            assertEquals(Map.of(csref, "CSRéf de Kati"), names(fast));

            name(csref, "CSRéf de Kati — nouveau bâtiment");

            assertEquals(Map.of(csref, "CSRéf de Kati"), names(slow), "the slow session's copy");
            assertEquals(Map.of(csref, "CSRéf de Kati — nouveau bâtiment"), names(fast));
        }
        try (PostgresSyncConnector nextSlow = hub.connect(cscom, "P1", HubWire.SEALED)) {
            assertEquals(Map.of(csref, "CSRéf de Kati — nouveau bâtiment"), names(nextSlow));
        }
    }

    private static Map<String, String> names(PostgresSyncConnector connector) {
        return connector.siteDirectory().orElseThrow().stream().collect(Collectors.toMap(HubSite::siteId, HubSite::name));
    }

    private static void name(String site, String name) throws Exception {
        try (Connection admin = hub.admin(); PreparedStatement update = admin.prepareStatement(
                "UPDATE nova_hub.site SET display_name = ? WHERE site_id = ?")) {
            update.setString(1, name);
            update.setString(2, site);
            assertEquals(1, update.executeUpdate());
        }
    }
}
