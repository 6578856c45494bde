package nova.sync.connector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.hub.HubInstaller;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.postgresql.PushWire;

/** A hub database on the test server, with helpers to create sites and inspect rows as the admin. */
public final class TestHub {

    public static final String ADMIN = "postgres";
    private final int port;
    private final String database;
    private final HubInstaller installer;

    TestHub(int port, String database) {
        this.port = port;
        this.database = database;
        this.installer = new HubInstaller(jdbcUrl(), ADMIN, "postgres".toCharArray());
        installer.install();
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    /** The same database reached through another port (a fault-injection proxy). */
    public String jdbcUrl(int viaPort) {
        return "jdbc:postgresql://127.0.0.1:" + viaPort + "/" + database;
    }

    public int port() {
        return port;
    }

    public HubInstaller installer() {
        return installer;
    }

    /** Creates a site with a unique id (roles are shared by every database of the server). */
    public String newSite(String prefix) {
        String siteId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        installer.createSite(siteId, "mot-de-passe-de-test".toCharArray());
        return siteId;
    }

    public SyncCredentials credentials(String siteId, String workstation) {
        return SyncCredentials.hubLogin(siteId, workstation, HubInstaller.roleNameOf(siteId),
                "mot-de-passe-de-test".toCharArray());
    }

    public PostgresSyncConnector connect(String siteId, String workstation) {
        return new PostgresSyncConnector(jdbcUrl(), credentials(siteId, workstation));
    }

    public PostgresSyncConnector connect(String siteId, String workstation, PushWire wire) {
        return new PostgresSyncConnector(jdbcUrl(), credentials(siteId, workstation), wire);
    }

    public PostgresSyncConnector connectVia(int proxyPort, String siteId, String workstation) {
        return new PostgresSyncConnector(jdbcUrl(proxyPort) + "?socketTimeout=20&connectTimeout=10",
                credentials(siteId, workstation));
    }

    public Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), ADMIN, "postgres");
    }

    public Connection asSite(String siteId) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), HubInstaller.roleNameOf(siteId), "mot-de-passe-de-test");
    }

    public long adminCount(String sql) {
        try (Connection admin = admin(); Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
