package nova.sync.connector.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nova.sync.connector.SyncCredentials;
import nova.sync.connector.hub.HubInstaller;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.postgresql.HubWire;

/** A hub database on the test server, with helpers to create sites and inspect rows as the admin. */
public final class TestHub {

    public static final String ADMIN = "postgres";
    /** The password of every site created by {@link #newSite(String)}. */
    public static final String SITE_PASSWORD = "mot-de-passe-de-test";
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

    public String database() {
        return database;
    }

    public HubInstaller installer() {
        return installer;
    }

    /** Creates a site with a unique id (roles are shared by every database of the server). */
    public String newSite(String prefix) {
        String siteId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        installer.createSite(siteId, SITE_PASSWORD.toCharArray());
        return siteId;
    }

    public SyncCredentials credentials(String siteId, String workstation) {
        return SyncCredentials.hubLogin(siteId, workstation, HubInstaller.roleNameOf(siteId),
                SITE_PASSWORD.toCharArray());
    }

    public PostgresSyncConnector connect(String siteId, String workstation) {
        return new PostgresSyncConnector(jdbcUrl(), credentials(siteId, workstation));
    }

    public PostgresSyncConnector connect(String siteId, String workstation, HubWire wire) {
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
        return DriverManager.getConnection(jdbcUrl(), HubInstaller.roleNameOf(siteId), SITE_PASSWORD);
    }

    /** The first column of a one-row query run as the admin, with its {@code ?} parameters. */
    public long adminCount(String sql, Object... parameters) {
        try (Connection admin = admin(); PreparedStatement query = admin.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ledger rows of one site for these entities. */
    public long ledgerRows(String siteId, String... entities) {
        Object[] parameters = new Object[entities.length + 1];
        parameters[0] = siteId;
        System.arraycopy(entities, 0, parameters, 1, entities.length);
        return adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE site_id = ? AND entity IN ("
                + String.join(", ", Collections.nCopies(entities.length, "?")) + ")", parameters);
    }

    /** The hub's current payload of every record of one site and entity, by id. */
    public Map<UUID, String> state(String siteId, String entity) {
        Map<UUID, String> state = new LinkedHashMap<>();
        try (Connection admin = admin(); PreparedStatement query = admin.prepareStatement(
                "SELECT id, payload::text FROM nova_hub.entity_state WHERE site_id = ? AND entity = ? ORDER BY id")) {
            query.setString(1, siteId);
            query.setString(2, entity);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    state.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Collections.unmodifiableMap(state);
    }
}
