package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncException;
import nova.sync.connector.hub.HubInstaller;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.TestHub;
import nova.sync.connector.support.TlsHubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub whose site logins give their password inside TLS ({@code hostssl … password}, the IT guide's choice for
 * districts on 2G, decision 0220): the workstation connects with certificate and name verified, a wrong password is
 * refused with its French reason, and a connection without TLS is refused before any password is asked for.
 */
class HubPasswordOverTlsTest {

    private static final String PASSWORD = TestHub.SITE_PASSWORD;
    private static TlsHubServer hub;
    private static String site;

    @BeforeAll
    static void start() {
        hub = new TlsHubServer("password");
        site = hub.newSite("pwd");
    }

    @AfterAll
    static void stop() throws IOException {
        hub.close();
    }

    @Test
    void theSiteConnectsOverVerifiedTls() {
        try (PostgresSyncConnector desk = new PostgresSyncConnector(verified(), credentials(PASSWORD))) {
            assertEquals(PushStatus.APPLIED, desk.push(List.of(Changes.newPatient(site, "P1", 1))).getFirst().status());
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithItsReason() {
        SyncException refused = refused(verified(), "pas-le-bon");
        assertTrue(refused.getMessage().startsWith("Le hub refuse le compte"), refused.getMessage());
        assertFalse(refused.retryable(), "a wrong password does not heal by waiting");
    }

    @Test
    void withoutTlsNoPasswordIsAskedFor() {
        SyncException refused = refused(hub.url("localhost") + "?sslmode=disable", PASSWORD);
        assertTrue(refused.getMessage().contains("pg_hba.conf"), refused.getMessage());
    }

    private static String verified() {
        return hub.url("localhost") + "?sslmode=verify-full&sslrootcert=" + hub.authorityCertificate();
    }

    private static SyncException refused(String url, String password) {
        try (PostgresSyncConnector desk = new PostgresSyncConnector(url, credentials(password))) {
            return assertThrows(SyncException.class, () -> desk.push(List.of(Changes.newPatient(site, "P2", 1))));
        }
    }

    private static SyncCredentials credentials(String password) {
        return SyncCredentials.hubLogin(site, "P1", HubInstaller.roleNameOf(site), password.toCharArray());
    }
}
