package nova.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import nova.app.Workstation;
import nova.common.ValidationException;
import nova.security.domain.Role;
import nova.security.service.AccessDeniedException;
import nova.security.service.StoreAccess;
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
}
