package nova.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import nova.app.StoreDeskBackend;
import nova.clinic.service.SetupService;
import nova.testing.TestStores;
import nova.ui.session.DeskSession;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login screen's logic on a real encrypted store, without the toolkit. */
class LoginViewModelTest {

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages();
    private final AtomicReference<DeskSession> opened = new AtomicReference<>();

    private LoginViewModel viewModel() {
        TestStores.create(dataDir, "cabinet-alger", false);
        StoreDeskBackend backend = new StoreDeskBackend(dataDir, TestStores.access(),
                new SetupService(java.time.Clock.systemUTC(), TestStores.keyWrapping()), TestStores.keyWrapping());
        LoginViewModel viewModel = new LoginViewModel(backend.loginGateway(), new CurrentThreadTaskExecutor(),
                messages, backend.clinicName().orElse(null), null, opened::set);
        viewModel.ready(backend.clinicName().orElse(null), null);
        return viewModel;
    }

    @Test
    void rightPasswordOpensTheStoreAndClearsThePassword() {
        LoginViewModel viewModel = viewModel();
        assertEquals("Cabinet dentaire Daboussy", viewModel.clinicNameProperty().get());
        viewModel.userProperty().set(TestStores.ADMIN);
        viewModel.passwordProperty().set(TestStores.PASSWORD);
        assertTrue(viewModel.canSubmitBinding().get());

        viewModel.login();

        assertNotNull(opened.get());
        assertEquals(TestStores.ADMIN, opened.get().username());
        assertEquals("", viewModel.passwordProperty().get());
        assertEquals("", viewModel.errorProperty().get());
        assertFalse(viewModel.busyProperty().get());
        opened.get().close();
    }

    @Test
    void wrongPasswordShowsTheFrenchMessageAndOpensNothing() {
        LoginViewModel viewModel = viewModel();
        viewModel.userProperty().set(TestStores.ADMIN);
        viewModel.passwordProperty().set("pas-le-bon");

        viewModel.login();

        assertNull(opened.get());
        assertEquals("Nom d'utilisateur ou mot de passe incorrect.", viewModel.errorProperty().get());
        assertEquals("", viewModel.passwordProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void emptyFieldsAreRefusedBeforeAnyWork() {
        LoginViewModel viewModel = viewModel();
        viewModel.userProperty().set("  ");
        assertFalse(viewModel.canSubmitBinding().get());

        viewModel.login();

        assertNull(opened.get());
        assertEquals(messages.get("login.missing"), viewModel.errorProperty().get());
    }

    @Test
    void typingAgainClearsThePreviousError() {
        LoginViewModel viewModel = viewModel();
        viewModel.userProperty().set(TestStores.ADMIN);
        viewModel.passwordProperty().set("faux");
        viewModel.login();
        assertFalse(viewModel.errorProperty().get().isEmpty());

        viewModel.passwordProperty().set("m");

        assertEquals("", viewModel.errorProperty().get());
    }

    @Test
    void whilePreparingTheFormWaits() {
        LoginViewModel viewModel = viewModel();
        viewModel.preparing("Préparation…");
        viewModel.userProperty().set(TestStores.ADMIN);
        viewModel.passwordProperty().set(TestStores.PASSWORD);
        assertTrue(viewModel.busyProperty().get());
        assertFalse(viewModel.canSubmitBinding().get());

        viewModel.login();

        assertNull(opened.get());
    }
}
