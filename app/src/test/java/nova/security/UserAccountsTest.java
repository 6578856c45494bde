package nova.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nova.app.Workstation;
import nova.common.ValidationException;
import nova.security.domain.CurrentUser;
import nova.security.domain.Role;
import nova.security.domain.UserAccount;
import nova.security.service.AccessDeniedException;
import nova.security.service.StoreAccess;
import nova.security.service.UserService;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAccountsTest {

    @TempDir
    Path dir;

    @Test
    void anAdminAddsAUserWhoLogsInWithTheirOwnPasswordAndChangesIt() throws Exception {
        TestStores.create(dir, "cabinet-alger", true);
        StoreAccess access = TestStores.access();
        try (Workstation admin = TestStores.login(dir)) {
            admin.users().addUser("Dr.Benali", "Dr Benali", Role.DOCTOR, "stethoscope-42".toCharArray());
            assertThrows(ValidationException.class,
                    () -> admin.users().addUser("dr.benali", null, Role.DOCTOR, "autre-secret-9".toCharArray()),
                    "user names are case-insensitive");
            assertThrows(ValidationException.class,
                    () -> admin.users().addUser("court", null, Role.RECEPTION, "1234".toCharArray()));
        }
        try (Workstation doctor = access.open(dir, "dr.benali", "stethoscope-42".toCharArray())) {
            assertEquals(Role.DOCTOR, doctor.user().role());
            assertThrows(ValidationException.class,
                    () -> doctor.users().addUser("intrus", null, Role.ADMIN, "motdepasse-1".toCharArray()),
                    "only an admin creates accounts");
            assertThrows(ValidationException.class,
                    () -> doctor.users().changePassword("pas-le-bon".toCharArray(), "nouveau-secret".toCharArray()));
            doctor.users().changePassword("stethoscope-42".toCharArray(), "nouveau-secret".toCharArray());
        }
        assertThrows(AccessDeniedException.class, () -> access.open(dir, "dr.benali", "stethoscope-42".toCharArray()));
        try (Workstation doctor = access.open(dir, "dr.benali", "nouveau-secret".toCharArray())) {
            assertEquals("AMRANI", doctor.patients().search("amrani", 5).getFirst().lastName(), "same data, same key");
        }
        try (Workstation admin = TestStores.login(dir)) {
            assertEquals(2, admin.users().users().size(), "the admin's own password still works");
        }
    }

    @Test
    void aDeactivatedAccountCannotLogInKeepsItsNameAndComesBackWithItsPassword() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        StoreAccess access = TestStores.access();
        try (Workstation admin = TestStores.login(dir)) {
            admin.users().addUser("amina", "Amina Saidi", Role.RECEPTION, "accueil-2027!".toCharArray());
        }
        try (Workstation amina = access.open(dir, "amina", "accueil-2027!".toCharArray())) {
            amina.patients().create(new nova.patient.domain.NewPatient("Haddad", "Lina",
                    nova.patient.domain.Sex.FEMALE, 1990, null, null, null, null));
            assertThrows(ValidationException.class, () -> amina.users().setActive(TestStores.ADMIN, false),
                    "only an admin deactivates");
        }
        try (Workstation admin = TestStores.login(dir)) {
            admin.users().setActive("Amina", false);
            assertEquals(List.of(false), admin.users().users().stream().filter(u -> u.username().equals("amina"))
                    .map(UserAccount::active).toList(), "kept, marked deactivated");
            assertEquals(1L, count(admin, "USER_DEACTIVATED"));
        }

        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> access.open(dir, "amina", "accueil-2027!".toCharArray()));
        assertEquals(StoreAccess.INACTIVE_ACCOUNT, refused.getMessage());
        AccessDeniedException guessed = assertThrows(AccessDeniedException.class,
                () -> access.open(dir, "amina", "au-hasard-2027".toCharArray()));
        assertEquals(StoreAccess.WRONG_CREDENTIALS, guessed.getMessage(),
                "without the password nobody learns the account is deactivated");

        try (Workstation admin = TestStores.login(dir)) {
            List<String> byAmina = admin.database().inTransaction(session -> session.createSelectionQuery(
                    "select action from AuditEventEntity where username = 'amina'", String.class).getResultList());
            assertTrue(byAmina.contains("PATIENT_CREATED"), "what amina did still carries her name: " + byAmina);
            admin.users().setActive("amina", true);
            assertEquals(1L, count(admin, "USER_REACTIVATED"));
        }
        try (Workstation amina = access.open(dir, "amina", "accueil-2027!".toCharArray())) {
            assertEquals("Amina Saidi", amina.user().displayName(), "back with the same password");
        }
    }

    @Test
    void anAdminCannotDeactivateThemselvesNorTheLastActiveAdmin() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation admin = TestStores.login(dir)) {
            ValidationException self = assertThrows(ValidationException.class,
                    () -> admin.users().setActive(TestStores.ADMIN, false));
            assertEquals("Vous ne pouvez pas désactiver votre propre compte.", self.getMessage());

            // A logged-in admin is always active, so the last-admin rule guards a session whose own account was
            // changed under it: here, an admin session that is not one of the store's accounts.
            UserService stranger = new UserService(admin.database(), admin.layout(), TestStores.keyWrapping(),
                    new nova.security.service.AuditLog(java.time.Clock.systemUTC(), "ailleurs"),
                    java.time.Clock.systemUTC(), new CurrentUser("ailleurs", "Ailleurs", Role.ADMIN), new byte[32],
                    admin.clinic().siteId());
            ValidationException last = assertThrows(ValidationException.class,
                    () -> stranger.setActive(TestStores.ADMIN, false));
            assertEquals("« admin » est le dernier administrateur actif : il doit rester au moins un "
                    + "administrateur pour gérer les comptes.", last.getMessage());

            admin.users().addUser("chef", "Dr Chef", Role.ADMIN, "direction-2027!".toCharArray());
            stranger.setActive(TestStores.ADMIN, false);
            assertThrows(ValidationException.class, () -> stranger.setActive("chef", false),
                    "chef is now the last active admin");
            assertEquals(0L, count(admin, "USER_REACTIVATED"));
            assertEquals(1L, count(admin, "USER_DEACTIVATED"));
        }
    }

    private static long count(Workstation workstation, String action) {
        return workstation.database().inTransaction(session -> session.createSelectionQuery(
                "select count(*) from AuditEventEntity where action = :a", Long.class).setParameter("a", action)
                .getSingleResult());
    }
}
