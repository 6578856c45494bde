package nova.store;

import static nova.testing.DataFiles.anyFileContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.security.service.AccessDeniedException;
import nova.security.service.StoreAccess;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedStoreTest {

    @TempDir
    Path dir;

    @Test
    void noPatientDataIsReadableOnDisk() throws Exception {
        TestStores.create(dir, "cabinet-alger", true);
        String marker = "ZXQWMARKERPATIENT";
        try (Workstation workstation = TestStores.login(dir)) {
            workstation.patients().create(new NewPatient(marker, "Nadia", Sex.FEMALE, 1990, null,
                    "0555 12 34 56", "Bab Ezzouar", null));
            assertEquals(1, workstation.patients().search(marker.toLowerCase(), 5).size(), "the store holds the patient");
        }
        // Demo patient names and phone numbers, and the marker, must appear in no file, in any common encoding.
        for (String secret : List.of(marker, "AMRANI", "KHELIFI", "+213555123456", "555123456")) {
            assertFalse(anyFileContains(dir, secret), "found in clear on disk: " + secret);
        }
        assertTrue(anyFileContains(dir, "Daboussy"), "sanity: the clinic card is in clear, so the grep can find things");
    }

    @Test
    void wrongPasswordOpensNothingAndDamagesNothing() throws Exception {
        TestStores.create(dir, "cabinet-alger", true);
        byte[] before = Files.readAllBytes(new StoreLayout(dir).databaseFile());
        StoreAccess access = TestStores.access();
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> access.open(dir, TestStores.ADMIN, "mauvais-mot-de-passe".toCharArray()));
        assertEquals("Nom d'utilisateur ou mot de passe incorrect.", refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> access.open(dir, "inconnu", TestStores.PASSWORD.toCharArray()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(new StoreLayout(dir).databaseFile())),
                "a refused login must not touch the database file");
        try (Workstation workstation = TestStores.login(dir)) {
            assertFalse(workstation.agenda().range(java.time.LocalDate.now().minusDays(7),
                    java.time.LocalDate.now().plusDays(8)).isEmpty(), "the right password still opens the demo agenda");
        }
    }

    @Test
    void setupRefusesToOverwriteAnExistingStore() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        var refused = assertThrows(nova.common.ValidationException.class,
                () -> TestStores.create(dir, "cabinet-alger", false));
        assertTrue(refused.getMessage().contains("existe déjà"), refused.getMessage());
        try (Workstation workstation = TestStores.login(dir)) {
            assertEquals("Africa/Bamako", workstation.clinic().profile().zone().getId(), "the first store is intact");
        }
    }
}
