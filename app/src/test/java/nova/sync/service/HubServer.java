package nova.sync.service;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nova.sync.connector.hub.HubInstaller;

/**
 * A real PostgreSQL 17 for the sync tests, one server per test JVM; each {@link #newHub()} is a fresh database
 * with the hub schema installed by the production installer.
 */
public final class HubServer {

    public static final String SITE_PASSWORD = "mot-de-passe-de-test";
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private HubServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // exiting
                }
            }));
        }
        return server;
    }

    public static Hub newHub() {
        String database = "wshub_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Hub hub = new Hub(server().getPort(), database);
        new HubInstaller(hub.jdbcUrl(), "postgres", "postgres".toCharArray()).install();
        return hub;
    }

    /** One hub database. */
    public record Hub(int port, String database) {

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        public String newSite(String prefix) {
            String siteId = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            new HubInstaller(jdbcUrl(), "postgres", "postgres".toCharArray())
                    .createSite(siteId, SITE_PASSWORD.toCharArray());
            return siteId;
        }

        public Connection admin() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
        }

        public long count(String sql, Object... args) {
            try (Connection admin = admin(); PreparedStatement query = admin.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    query.setObject(i + 1, args[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Ledger rows of a site's patients and appointments (its reference data left out). */
        public long patientAndAppointmentChanges(String siteId) {
            return count("SELECT count(*) FROM nova_hub.change_ledger WHERE entity IN ('patient', 'appointment')"
                    + " AND site_id = ?", siteId);
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
            return state;
        }
    }
}
