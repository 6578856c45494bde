package nova.sync.connector.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.hub.HubInstaller;

/**
 * A hub that speaks TLS only, as a real one: its certificate, for the name {@code localhost} only, is signed by a
 * test authority made at start with the JDK's keytool (nothing committed, nothing outside a temporary folder).
 * Site logins must use TLS and SCRAM. One server per test class that asks for it.
 */
public final class TlsHubServer implements AutoCloseable {

    private static final char[] STORE_PASSWORD = "changeit".toCharArray();
    private final Path folder;
    private final EmbeddedPostgres server;
    private final String database = "hub";

    /** Site logins with SCRAM-SHA-256 over TLS, the IT guide's default. */
    public TlsHubServer() {
        this("scram-sha-256");
    }

    /** Site logins over TLS with {@code siteAuthMethod} of {@code pg_hba.conf} ({@code password}: decision 0220). */
    public TlsHubServer(String siteAuthMethod) {
        try {
            folder = Files.createTempDirectory("nova-tls-hub");
            makeCertificates();
            server = EmbeddedPostgres.builder()
                    .setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", folder.resolve("hub.crt").toString())
                    .setServerConfig("ssl_key_file", folder.resolve("hub.key").toString())
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("fsync", "off")
                    .start();
            // Site logins over TLS only; the admin (set-up, untimed) stays trusted on loopback.
            HubTestServer.requireForSites(server, "hostssl", siteAuthMethod);
            try (Connection admin = server.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            new HubInstaller(adminUrl(), TestHub.ADMIN, "postgres".toCharArray()).install();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test authority's certificate (PEM), what a district gives its workstations for a private hub. */
    public Path authorityCertificate() {
        return folder.resolve("ca.crt");
    }

    /** The hub's address for workstations, with the host name given ({@code localhost} is the certificate's). */
    public String url(String host) {
        return "jdbc:postgresql://" + host + ":" + server.getPort() + "/" + database;
    }

    public int port() {
        return server.getPort();
    }

    public String database() {
        return database;
    }

    public SyncCredentials credentials(String siteId, String workstation) {
        return SyncCredentials.hubLogin(siteId, workstation, HubInstaller.roleNameOf(siteId),
                TestHub.SITE_PASSWORD.toCharArray());
    }

    public String newSite(String prefix) {
        String siteId = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        new HubInstaller(adminUrl(), TestHub.ADMIN, "postgres".toCharArray())
                .createSite(siteId, TestHub.SITE_PASSWORD.toCharArray());
        return siteId;
    }

    private String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database + "?sslmode=disable";
    }

    private void makeCertificates() throws IOException {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=Autorite de test NOVA", "-ext", "bc:c", "-validity", "3650", "-keystore", "ca.p12");
        keytool("-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.crt");
        keytool("-genkeypair", "-alias", "hub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-validity", "3650", "-keystore", "hub.p12");
        keytool("-certreq", "-alias", "hub", "-keystore", "hub.p12", "-file", "hub.csr");
        keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "hub.csr", "-outfile", "hub.crt",
                "-ext", "SAN=dns:localhost", "-validity", "3650", "-rfc");
        try (InputStream in = Files.newInputStream(folder.resolve("hub.p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD);
            PrivateKey key = (PrivateKey) store.getKey("hub", STORE_PASSWORD);
            Path keyFile = folder.resolve("hub.key");
            Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            // The server refuses a key file that others can read.
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass", new String(STORE_PASSWORD), "-storetype", "PKCS12", "-noprompt"));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
