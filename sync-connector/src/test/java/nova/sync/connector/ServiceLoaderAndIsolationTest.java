package nova.sync.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nova.sync.connector.file.FileSyncConnector;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLoaderAndIsolationTest {

    private final SyncCredentials hubLogin = SyncCredentials.hubLogin("S1", "P1", "nova_site_s1", "x".toCharArray());

    @Test
    void findsThePostgresqlConnectorForBothUrlForms() {
        // Opening is lazy: no connection is made until the first push or pull.
        try (SyncConnector plain = SyncConnectors.open("postgresql://hub.example:5432/nova", hubLogin);
                SyncConnector jdbc = SyncConnectors.open("jdbc:postgresql://hub.example:5432/nova", hubLogin)) {
            assertInstanceOf(PostgresSyncConnector.class, plain);
            assertInstanceOf(PostgresSyncConnector.class, jdbc);
        }
    }

    @Test
    void findsTheFileConnectorForAFolderUrl(@TempDir Path folder) {
        SyncCredentials secret = SyncCredentials.bundleSecret("S1", "P1", "secret partagé".toCharArray());
        try (SyncConnector connector = SyncConnectors.open(folder.toUri(), secret)) {
            assertInstanceOf(FileSyncConnector.class, connector);
        }
    }

    @Test
    void refusesAnUnknownSchemeInFrench() {
        SyncException error = assertThrows(SyncException.class,
                () -> SyncConnectors.open("https://hub.example/sync", hubLogin));
        assertTrue(error.getMessage().startsWith("Aucun connecteur de synchronisation"), error.getMessage());
    }

    @Test
    void moduleRunsWithoutJavafxOrHibernateOnItsClasspath() {
        // The module's own test classpath is its dependency tree: neither must be reachable from it.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javafx.application.Platform"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hibernate.Session"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.persistence.Entity"));
    }

    @Test
    void cursorTokensRoundTripAndOrderByTransactionThenSequence() {
        SyncCursor cursor = new SyncCursor(1234, 99);
        assertEquals(cursor, SyncCursor.parse(cursor.token()));
        assertEquals(SyncCursor.START, SyncCursor.parse(""));
        assertTrue(new SyncCursor(2, 1).compareTo(new SyncCursor(1, 500)) > 0);
        assertThrows(IllegalArgumentException.class, () -> SyncCursor.parse("abc"));
    }
}
