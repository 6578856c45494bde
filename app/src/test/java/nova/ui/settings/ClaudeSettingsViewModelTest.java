package nova.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's Claude settings on a real store: the key is kept when left empty and never shown back. */
class ClaudeSettingsViewModelTest {

    @TempDir
    Path dir;

    private Workstation workstation;
    private ClaudeSettingsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        workstation = TestStores.login(dir);
        WorkstationDesk desk = new WorkstationDesk(workstation);
        viewModel = new ClaudeSettingsViewModel(desk.adminSettings().orElseThrow(), new CurrentThreadTaskExecutor(),
                new Messages());
        viewModel.load();
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void aNewKeyIsStoredThenKeptWhenTheFieldIsLeftEmptyThenCleared() {
        assertEquals("Aucune clé enregistrée", viewModel.keyStateProperty().get());
        AtomicInteger closed = new AtomicInteger();

        viewModel.newKeyProperty().set("sk-ant-test-123");
        viewModel.modelProperty().set("claude-sonnet-4-5");
        viewModel.save(closed::incrementAndGet);
        assertEquals("Clé enregistrée", viewModel.keyStateProperty().get());
        assertEquals("", viewModel.newKeyProperty().get(), "the key is never shown back");
        assertEquals("sk-ant-test-123", new String(workstation.claudeSettings().apiKey()));

        viewModel.enabledProperty().set(false);
        viewModel.save(closed::incrementAndGet);
        assertEquals("sk-ant-test-123", new String(workstation.claudeSettings().apiKey()), "empty keeps the key");
        assertFalse(workstation.claudeSettings().enabled());
        assertEquals("claude-sonnet-4-5", workstation.claudeSettings().model());

        viewModel.clearKeyProperty().set(true);
        viewModel.save(closed::incrementAndGet);
        assertFalse(workstation.claudeSettings().hasApiKey());
        assertEquals("Aucune clé enregistrée", viewModel.keyStateProperty().get());
        assertEquals(3, closed.get());
        assertTrue(viewModel.statusProperty().get().contains("enregistrés"));
    }
}
