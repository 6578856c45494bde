package nova.sync.connector.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 server for the whole test JVM (starting one costs seconds); each test class gets its
 * own database with the hub schema installed, so classes do not see each other's rows.
 */
public final class HubTestServer {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private HubTestServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (Boolean.getBoolean("nova.hub.explain")) {
                    // Diagnosis aid: log the plans of slow statements, nested ones included.
                    builder.setServerConfig("shared_preload_libraries", "auto_explain")
                            .setServerConfig("auto_explain.log_min_duration", "200ms")
                            .setServerConfig("auto_explain.log_nested_statements", "on")
                            .setServerConfig("auto_explain.log_analyze", "on");
                }
                server = builder
                        .setServerConfig("max_connections", "400")
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .setServerConfig("shared_buffers", "128MB")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            requireScramForSites(server, "host");
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is exiting anyway.
                }
            }));
        }
        return server;
    }

    /**
     * The embedded server trusts every connection; a real hub asks site logins for SCRAM-SHA-256, which costs
     * two round trips and key stretching on both sides at each connection. Tests and the benchmark pay it too;
     * the admin (untimed set-up) stays trusted. {@code siteRecord} is {@code host} (TLS or not) or
     * {@code hostssl} (TLS only, {@link TlsHubServer}).
     */
    static void requireScramForSites(EmbeddedPostgres started, String siteRecord) {
        requireForSites(started, siteRecord, "scram-sha-256");
    }

    /** As {@link #requireScramForSites}, with another method of {@code pg_hba.conf} ({@code password}: decision 0220). */
    static void requireForSites(EmbeddedPostgres started, String siteRecord, String method) {
        try (Connection admin = started.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            String hbaFile;
            try (java.sql.ResultSet row = statement.executeQuery("SHOW hba_file")) {
                row.next();
                hbaFile = row.getString(1);
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(hbaFile), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    %1$s all all 127.0.0.1/32 %2$s
                    %1$s all all ::1/128 %2$s
                    """.formatted(siteRecord, method));
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database with the hub schema installed. */
    public static TestHub newHub() {
        return new TestHub(server().getPort(), newDatabase());
    }

    /** A fresh empty database (no hub schema), for tests of the installer itself; returns its name. */
    public static String newDatabase() {
        String database = "hub_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database;
    }
}
