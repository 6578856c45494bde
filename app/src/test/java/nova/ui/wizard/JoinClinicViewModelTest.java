package nova.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import nova.app.StoreDeskBackend;
import nova.app.Workstation;
import nova.clinic.service.SetupService;
import nova.store.StoreLayout;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.service.SyncSettings;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Rejoindre un cabinet existant » in the first-run wizard: a real hub, a real first desk, a real new store. */
class JoinClinicViewModelTest {

    @TempDir
    Path temp;

    private final Messages messages = new Messages();
    private final AtomicBoolean joined = new AtomicBoolean();

    private WizardViewModel wizard(Path dataDir) {
        StoreDeskBackend backend = new StoreDeskBackend(dataDir, TestStores.access(),
                new SetupService(Clock.systemUTC(), TestStores.keyWrapping()), TestStores.keyWrapping());
        return new WizardViewModel(backend.clinicCreator(), new CurrentThreadTaskExecutor(), messages, false,
                () -> joined.set(true));
    }

    @Test
    void theWizardMakesTheSecondDeskFromTheHubAndItsAdminCanLogIn() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("wizard");
        Path first = temp.resolve("premier");
        TestStores.create(first, "cscom-mali", false);
        try (Workstation desk = TestStores.login(first)) {
            SyncSettings settings = desk.sync().settings();
            settings.configure(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(), null, true);
            try (SyncConnector connector = SyncConnectors.open(settings.effectiveUrl(), settings.hubCredentials())) {
                desk.sync().synchronise(connector);
            }
        }

        Path second = temp.resolve("second");
        WizardViewModel wizard = wizard(second);
        wizard.startJoining();
        assertTrue(wizard.joiningProperty().get());
        JoinClinicViewModel join = wizard.join();
        join.join();
        assertFalse(joined.get());
        String problems = join.errorProperty().get();
        assertTrue(problems.contains(messages.get("wizard.join.error.hub")), problems);
        assertTrue(problems.contains(messages.get("wizard.join.error.hubPassword")), problems);
        assertTrue(problems.contains(messages.get("wizard.error.password")), problems);

        join.hubUrlProperty().set(hub.jdbcUrl());
        join.siteProperty().set(site);
        join.hubPasswordProperty().set(TestHub.SITE_PASSWORD);
        join.loopbackWithoutTlsProperty().set(true);
        join.adminUserProperty().set("accueil");
        join.passwordProperty().set("motdepasse-du-poste-2");
        join.passwordAgainProperty().set("motdepasse-du-poste-2");
        join.join();

        assertEquals("", join.errorProperty().get());
        assertTrue(joined.get(), "the wizard goes on to the login screen");
        assertTrue(new StoreLayout(second).storeExists());
        try (Workstation desk = TestStores.access().open(second, "accueil", "motdepasse-du-poste-2".toCharArray())) {
            assertEquals("Africa/Bamako", desk.clinic().profile().zone().getId());
            assertFalse(desk.clinic().chairs().isEmpty());
            assertEquals(site, desk.sync().settings().siteId().orElseThrow());
            assertNotNull(desk.sync().status().lastSuccess());
        }
    }

    @Test
    void aHubThatCannotBeReachedIsSaidInFrenchAndTheWizardCanGoBack() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path dir = temp.resolve("poste");
        WizardViewModel wizard = wizard(dir);
        wizard.startJoining();
        JoinClinicViewModel join = wizard.join();
        join.hubUrlProperty().set("postgresql://127.0.0.1:" + closedPort + "/nova?connectTimeout=2");
        join.siteProperty().set("kati-1");
        join.hubPasswordProperty().set("mot-de-passe-du-site");
        join.loopbackWithoutTlsProperty().set(true);
        join.passwordProperty().set("motdepasse-solide");
        join.passwordAgainProperty().set("motdepasse-solide");
        join.join();
        assertFalse(joined.get());
        assertTrue(join.errorProperty().get().startsWith("Ce poste n’a pas pu rejoindre le cabinet : "),
                join.errorProperty().get());
        assertFalse(new StoreLayout(dir).storeExists());
        wizard.stopJoining();
        assertFalse(wizard.joiningProperty().get());
    }

    @Test
    void theWizardViewShowsTheJoinPageInsteadOfTheSteps() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test class started it
        }
        WizardViewModel wizard = wizard(temp.resolve("vue"));
        CompletableFuture<String> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Scene scene = new Scene(new WizardView(wizard, messages).root());
                scene.getRoot().applyCss(); // scroll panes add their content to the graph with their skin
                boolean before = scene.lookup("#join-hub") == null && scene.lookup("#wizard-join") != null;
                wizard.startJoining();
                scene.getRoot().applyCss();
                TextField hub = (TextField) scene.lookup("#join-hub");
                hub.setText("postgresql://hub:5432/nova");
                wizard.stopJoining();
                shown.complete(before + " " + wizard.join().hubUrlProperty().get() + " "
                        + (scene.lookup("#wizard-next") != null));
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        assertEquals("true postgresql://hub:5432/nova true", shown.get(10, TimeUnit.SECONDS));
    }
}
