package nova.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.security.service.KeyWrapping;
import nova.security.service.StoreAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing a newer version over an older one keeps the data: a store made by schema V1 opens and migrates. */
class UpgradeFromPreviousSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreOpensMigratesAndKeepsItsData() throws Exception {
        copyFixture(dir);
        StoreAccess access = new StoreAccess(java.time.Clock.systemUTC(),
                new KeyWrapping(new java.security.SecureRandom(), KeyWrapping.Cost.DEFAULT));
        try (Workstation workstation = access.open(dir, "admin", "motdepasse-solide".toCharArray())) {
            long patients = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select count(*) from PatientEntity", Long.class).getSingleResult());
            long appointments = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select count(*) from AppointmentEntity", Long.class).getSingleResult());
            assertEquals(24, patients, "every demo patient of the V1 store is still there");
            assertTrue(appointments > 50, "the V1 agenda is still there: " + appointments);
            assertEquals("Cité 109, Daboussy El Achour, Alger", workstation.clinic().profile().address());

            workstation.patients().create(new NewPatient("NOUVEAU", "Patient", Sex.MALE, 1980, null, null, null, null));
            long outbox = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select count(*) from OutboxEntryEntity", Long.class).getSingleResult());
            assertEquals(1, outbox, "the V2 outbox works on the migrated store");
        }
    }

    private static void copyFixture(Path target) throws IOException, URISyntaxException {
        Path source = Path.of(UpgradeFromPreviousSchemaTest.class.getResource("/fixtures/store-v1/keys.json").toURI())
                .getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
