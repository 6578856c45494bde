package nova.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The store's schema (Flyway) and object mapping (Hibernate). Services run their work through
 * {@link #inTransaction} so that a change, its history and its audit event commit together.
 *
 * <p>Opening is split in two so that the slow part happens before login: {@link #prepare()} builds the mapping
 * without touching any database; {@link Prepared#attach} connects it to the unlocked store.
 */
public final class Database implements AutoCloseable {

    /** The highest migration in db/migration; a test keeps it equal to the files. */
    static final int SCHEMA_VERSION = 10;

    private final SessionFactory sessionFactory;

    private Database(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** A mapping built ahead of time, waiting for its store. Attach it once, or close it. */
    public static final class Prepared implements AutoCloseable {

        private final SessionFactory sessionFactory;
        private final DeferredDataSource dataSource;

        private Prepared(SessionFactory sessionFactory, DeferredDataSource dataSource) {
            this.sessionFactory = sessionFactory;
            this.dataSource = dataSource;
        }

        public Database attach(DataSource store) {
            migrateIfNeeded(store);
            dataSource.attach(store);
            return new Database(sessionFactory);
        }

        @Override
        public void close() {
            sessionFactory.close();
        }
    }

    public static Prepared prepare() {
        DeferredDataSource deferred = new DeferredDataSource();
        Configuration configuration = new Configuration();
        EntityCatalog.ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, deferred);
        // No JDBC metadata at boot: the dialect is named, so nothing connects before the store is attached.
        configuration.setProperty("hibernate.boot.allow_jdbc_metadata_access", "false");
        configuration.setProperty(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect");
        // Flyway owns the schema; Hibernate must neither create nor alter it.
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        return new Prepared(configuration.buildSessionFactory(), deferred);
    }

    public static Database open(DataSource dataSource) {
        return prepare().attach(dataSource);
    }

    /**
     * Brings an existing store up to this version's schema (an upgrade never loses data). Flyway takes a few
     * hundred milliseconds to start, so it runs only when the store's recorded version is behind this one's.
     */
    static void migrateIfNeeded(DataSource dataSource) {
        if (recordedVersion(dataSource) != SCHEMA_VERSION) {
            migrate(dataSource);
        }
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** The highest successful migration recorded in the store, or -1 for a new or unreadable history. */
    static int recordedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            return result.next() ? result.getInt(1) : -1;
        } catch (SQLException | RuntimeException noHistoryYet) {
            return -1;
        }
    }

    public <T> T inTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void runInTransaction(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }

    public List<Class<?>> entities() {
        return EntityCatalog.ENTITIES;
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
