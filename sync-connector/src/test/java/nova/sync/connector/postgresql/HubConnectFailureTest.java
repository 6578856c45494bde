package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.SyncException;
import nova.sync.connector.hub.HubInstaller;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub connection that cannot be opened says why in French and whether waiting helps: wrong settings are an
 * error to correct (« erreur »), a network down is « hors ligne » and retried. Real server, real refusals.
 */
class HubConnectFailureTest {

    private static TestHub hub;
    private static String site;

    @BeforeAll
    static void startHub() {
        hub = HubTestServer.newHub();
        site = hub.newSite("kita");
    }

    @Test
    void aWrongPasswordNamesTheAccountAndIsNotRetried() {
        SyncException refused = refused(hub.jdbcUrl(), login(HubInstaller.roleNameOf(site), "pas-le-bon-mot-de-passe"));
        assertEquals("Le hub refuse le compte « " + HubInstaller.roleNameOf(site) + " » : mot de passe erroné ou"
                + " compte inconnu du hub. Corrigez-le dans Réglages › Synchronisation (hub).", refused.getMessage());
        assertFalse(refused.retryable());
    }

    @Test
    void anUnknownAccountReadsLikeAWrongPassword() {
        // SCRAM never tells whether an account exists.
        SyncException refused = refused(hub.jdbcUrl(), login("nova_site_inconnu", "mot-de-passe-de-test"));
        assertTrue(refused.getMessage().startsWith("Le hub refuse le compte « nova_site_inconnu »"), refused.getMessage());
        assertFalse(refused.retryable());
    }

    @Test
    void anUnknownDatabaseNamesIt() {
        String url = "jdbc:postgresql://127.0.0.1:" + hub.port() + "/pas_de_hub_ici";
        SyncException refused = refused(url, login(HubInstaller.roleNameOf(site), "mot-de-passe-de-test"));
        assertEquals("La base « pas_de_hub_ici » n'existe pas sur le serveur 127.0.0.1:" + hub.port()
                + " : vérifiez l'adresse du hub.", refused.getMessage());
        assertFalse(refused.retryable());
    }

    @Test
    void aHubThatDoesNotAnswerIsOfflineAndRetried() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/nova";
        SyncException refused = refused(url, login(HubInstaller.roleNameOf(site), "mot-de-passe-de-test"));
        assertTrue(refused.getMessage().startsWith("Hub injoignable (127.0.0.1:" + closedPort + ")"), refused.getMessage());
        assertTrue(refused.retryable());
    }

    @Test
    void aHubWithoutTlsIsRefusedWhenTlsIsRequired() {
        SyncException refused = refused(hub.jdbcUrl() + "?sslmode=verify-full",
                login(HubInstaller.roleNameOf(site), "mot-de-passe-de-test"));
        assertTrue(refused.getMessage().contains("n'accepte pas les connexions chiffrées (TLS)"), refused.getMessage());
        assertFalse(refused.retryable());
    }

    @Test
    void aPullFailsTheSameWay() {
        try (PostgresSyncConnector desk = new PostgresSyncConnector(hub.jdbcUrl(),
                login(HubInstaller.roleNameOf(site), "pas-le-bon-mot-de-passe"))) {
            SyncException refused = assertThrows(SyncException.class, () -> desk.pull(SyncCursor.START, 10));
            assertTrue(refused.getMessage().startsWith("Le hub refuse le compte"), refused.getMessage());
        }
    }

    private static SyncException refused(String url, SyncCredentials credentials) {
        try (PostgresSyncConnector desk = new PostgresSyncConnector(url, credentials)) {
            return assertThrows(SyncException.class, () -> desk.push(List.of(Changes.newPatient(site, "K1", 1))));
        }
    }

    private static SyncCredentials login(String user, String password) {
        return SyncCredentials.hubLogin(site, "K1", user, password.toCharArray());
    }
}
