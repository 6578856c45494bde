package nova.store;

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
 */
public final class Database implements AutoCloseable {

    private final SessionFactory sessionFactory;

    private Database(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public static Database open(DataSource dataSource) {
        migrate(dataSource);
        Configuration configuration = new Configuration();
        EntityCatalog.ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect");
        // Flyway owns the schema; Hibernate must neither create nor alter it.
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        configuration.setProperty("hibernate.boot.allow_jdbc_metadata_access", "false");
        return new Database(configuration.buildSessionFactory());
    }

    /** Brings an existing store up to this version's schema (an upgrade never loses data). */
    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
