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
                        .setServerConfig("shared_buffers", "128MB")
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
                    // The JVM is exiting anyway.
                }
            }));
        }
        return server;
    }

    /** A fresh database with the hub schema installed. */
    public static TestHub newHub() {
        String database = "hub_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TestHub(server().getPort(), database);
    }
}
