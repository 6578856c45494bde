package nova.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.security.service.AccessDeniedException;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Mon mot de passe » on a real encrypted store, without the toolkit. */
class PasswordChangeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theOldPasswordIsCheckedAndTheNewOneOpensTheStore() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (WorkstationDesk desk = new WorkstationDesk(TestStores.login(dir))) {
            PasswordChangeViewModel viewModel = new PasswordChangeViewModel(desk.ownAccount().orElseThrow(),
                    new CurrentThreadTaskExecutor(), new Messages());
            viewModel.oldPasswordProperty().set("pas-le-bon-mdp");
            viewModel.newPasswordProperty().set("nouveau-2027!");
            viewModel.confirmationProperty().set("nouveau-2027!");
            viewModel.save();
            assertEquals("L'ancien mot de passe est incorrect.", viewModel.errorProperty().get());
            assertFalse(viewModel.doneProperty().get());

            viewModel.oldPasswordProperty().set(TestStores.PASSWORD);
            viewModel.confirmationProperty().set("nouveau-2028!");
            viewModel.save();
            assertEquals("Les deux mots de passe ne sont pas identiques.", viewModel.errorProperty().get());

            viewModel.confirmationProperty().set("nouveau-2027!");
            viewModel.save();
            assertEquals("", viewModel.errorProperty().get());
            assertTrue(viewModel.doneProperty().get());
        }
        try (Workstation admin = TestStores.access().open(dir, TestStores.ADMIN, "nouveau-2027!".toCharArray())) {
            assertEquals(TestStores.ADMIN, admin.user().username());
        }
        assertThrows(AccessDeniedException.class,
                () -> TestStores.access().open(dir, TestStores.ADMIN, TestStores.PASSWORD.toCharArray()).close());
    }
}
