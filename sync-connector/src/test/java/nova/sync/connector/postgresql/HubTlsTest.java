package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.SyncException;
import nova.sync.connector.hub.HubInstaller;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.TlsHubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub that speaks TLS only, reached with certificate and host-name verification (what the workstation asks by
 * default, {@code sslmode=verify-full}): the certificate must chain to an authority the workstation trusts and
 * carry the name the workstation dialled; otherwise nothing is sent, and the message says which.
 */
class HubTlsTest {

    private static final String PASSWORD = "mot-de-passe-de-test";
    private static TlsHubServer hub;
    private static String site;

    @BeforeAll
    static void start() {
        hub = new TlsHubServer();
        site = hub.newSite("tls");
    }

    @AfterAll
    static void stop() throws IOException {
        hub.close();
    }

    @Test
    void theDistrictAuthorityAndTheRightNameGiveAnEncryptedSession() throws SQLException {
        String url = hub.url("localhost") + "?sslmode=verify-full&sslrootcert=" + hub.authorityCertificate();
        try (PostgresSyncConnector desk = new PostgresSyncConnector(url, credentials("P1"))) {
            assertEquals(PushStatus.APPLIED, desk.push(List.of(Changes.newPatient(site, "P1", 1))).getFirst().status());
        }
        try (Connection session = DriverManager.getConnection(url, HubInstaller.roleNameOf(site), PASSWORD);
                Statement statement = session.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(row.next());
            assertTrue(row.getBoolean(1), "the session is not encrypted");
            assertTrue(row.getString(2).startsWith("TLSv1."), row.getString(2));
        }
    }

    @Test
    void aCertificateFromAnAuthorityTheWorkstationDoesNotTrustIsRefused() {
        // The runtime's public authorities only (the workstation's default): the test authority is not one.
        String url = hub.url("localhost") + "?sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory";
        SyncException refused = refusedPush(url);
        assertTrue(refused.getMessage().startsWith("Certificat TLS du hub non reconnu par ce poste (localhost:"),
                refused.getMessage());
        assertFalse(refused.retryable(), "trying again will not make the certificate trusted");
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        String url = hub.url("127.0.0.1") + "?sslmode=verify-full&sslrootcert=" + hub.authorityCertificate();
        SyncException refused = refusedPush(url);
        assertTrue(refused.getMessage().startsWith("Le certificat TLS du hub n'est pas au nom de « 127.0.0.1 »"),
                refused.getMessage());
        assertFalse(refused.retryable());
    }

    @Test
    void withoutTlsTheHubRefusesTheSiteLogin() {
        SyncException refused = refusedPush(hub.url("localhost") + "?sslmode=disable");
        assertTrue(refused.getMessage().contains("pg_hba.conf"), refused.getMessage());
    }

    private static SyncException refusedPush(String url) {
        try (PostgresSyncConnector desk = new PostgresSyncConnector(url, credentials("P2"))) {
            return assertThrows(SyncException.class, () -> desk.push(List.of(Changes.newPatient(site, "P2", 1))));
        }
    }

    private static SyncCredentials credentials(String workstation) {
        return SyncCredentials.hubLogin(site, workstation, HubInstaller.roleNameOf(site), PASSWORD.toCharArray());
    }
}
