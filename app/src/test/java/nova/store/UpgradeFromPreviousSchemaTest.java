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

/**
 * Installing a newer version over an older one keeps the data: a store made by schema V1 (the first release) and one
 * made by schema V8 (the release before referrals) open and migrate.
 */
class UpgradeFromPreviousSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreOpensMigratesAndKeepsItsData() throws Exception {
        copyFixture("store-v1", dir);
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

    @Test
    void thePreviousReleasesStoreOpensMigratesAndKeepsItsData() throws Exception {
        copyFixture("store-v8", dir);
        StoreAccess access = new StoreAccess(java.time.Clock.systemUTC(),
                new KeyWrapping(new java.security.SecureRandom(), KeyWrapping.Cost.DEFAULT));
        try (Workstation workstation = access.open(dir, "admin", "motdepasse-solide".toCharArray())) {
            long patients = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select count(*) from PatientEntity", Long.class).getSingleResult());
            long appointments = workstation.database().inTransaction(s -> s.createSelectionQuery(
                    "select count(*) from AppointmentEntity", Long.class).getSingleResult());
            assertEquals(24, patients, "every demo patient of the V8 store is still there");
            assertTrue(appointments > 50, "the V8 agenda is still there: " + appointments);
            assertEquals("Cité 109, Daboussy El Achour, Alger", workstation.clinic().profile().address());
            assertTrue(workstation.clinic().practitioners().size() >= 2, "V6 practitioners kept");
            // The V9 tables exist and are empty: nothing was ever received on this desk.
            assertEquals(0, workstation.referrals().received().size());

            long before = outboxSize(workstation);
            workstation.patients().create(new NewPatient("NOUVEAU", "Patient", Sex.MALE, 1980, null, null, null, null));
            assertEquals(before + 1, outboxSize(workstation), "the outbox works on the migrated store");
        }
    }

    private static long outboxSize(Workstation workstation) {
        return workstation.database().inTransaction(s -> s.createSelectionQuery(
                "select count(*) from OutboxEntryEntity", Long.class).getSingleResult());
    }

    private static void copyFixture(String name, Path target) throws IOException, URISyntaxException {
        Path source = Path.of(UpgradeFromPreviousSchemaTest.class.getResource("/fixtures/" + name + "/keys.json").toURI())
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
