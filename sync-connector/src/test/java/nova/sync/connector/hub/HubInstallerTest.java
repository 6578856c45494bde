package nova.sync.connector.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.sync.connector.SyncException;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;

class HubInstallerTest {

    @Test
    void installingTwiceAppliesNothingTheSecondTimeAndSitesCanBeReKeyed() {
        TestHub hub = HubTestServer.newHub();
        assertEquals(0, hub.installer().install());
        String site = hub.newSite("koutiala");
        assertEquals(HubInstaller.roleNameOf(site),
                hub.installer().createSite(site, "nouveau-mot-de-passe".toCharArray()));
        assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.site WHERE site_id = '" + site + "'"));
        assertEquals(1, hub.adminCount("SELECT count(*) FROM pg_roles WHERE rolname = '"
                + HubInstaller.roleNameOf(site) + "' AND rolcanlogin AND NOT rolsuper AND NOT rolbypassrls"));
    }

    @Test
    void badSiteIdsAndShortPasswordsAreRefusedInFrench() {
        TestHub hub = HubTestServer.newHub();
        SyncException badId = assertThrows(SyncException.class,
                () -> hub.installer().createSite("kati; DROP ROLE postgres", "mot-de-passe-assez-long".toCharArray()));
        assertTrue(badId.getMessage().startsWith("Identifiant de site invalide"), badId.getMessage());
        SyncException shortPassword = assertThrows(SyncException.class,
                () -> hub.installer().createSite("kati", "court".toCharArray()));
        assertTrue(shortPassword.getMessage().contains("au moins 12 caractères"), shortPassword.getMessage());
    }

    @Test
    void anUnreachableHubGivesAFrenchError() {
        HubInstaller installer = new HubInstaller("postgresql://127.0.0.1:1/nova?connectTimeout=2", "postgres",
                "x".toCharArray());
        SyncException error = assertThrows(SyncException.class, installer::install);
        assertTrue(error.getMessage().startsWith("Installation du hub impossible"), error.getMessage());
    }
}
