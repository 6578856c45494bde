package nova.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flyway schema and the Hibernate mapping must agree: Hibernate validates every mapped column against it. */
class SchemaMappingTest {

    @TempDir
    Path dir;

    @Test
    void migrationsMatchTheEntities() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (EncryptedStore store = EncryptedStore.open(new StoreLayout(dir), key, true)) {
            Database.migrate(store.dataSource());
            assertEquals(Database.SCHEMA_VERSION, Database.recordedVersion(store.dataSource()));
            Configuration configuration = new Configuration();
            EntityCatalog.ENTITIES.forEach(configuration::addAnnotatedClass);
            configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, store.dataSource());
            configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
            configuration.buildSessionFactory().close();
        }
    }
}
