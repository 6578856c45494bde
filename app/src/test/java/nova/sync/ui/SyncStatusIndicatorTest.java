package nova.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar item and the dialog build on JavaFX's headless platform and show the view model's words. */
class SyncStatusIndicatorTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
            // Closing the only window of a test must not end the toolkit the next test needs.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyStarted) {
            // another test class started it
        }
    }

    @Test
    void theIndicatorShowsPendingChangesAndTheDialogHasBothTabs() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation workstation = TestStores.login(dir)) {
            long queuedBySetup = workstation.sync().status().pending(); // the clinic and its resources
            workstation.patients().create(new NewPatient("BOUDIAF", null, Sex.MALE, 1970, null, null, null, null));
            SyncStatusViewModel model = new SyncStatusViewModel(workstation.sync(),
                    new WorkstationDesk(workstation).names(), Platform::runLater, Runnable::run,
                    () -> { }, ALGIERS);
            workstation.sync().refreshCounts();
            CompletableFuture<String> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    SyncStatusIndicator indicator = new SyncStatusIndicator(model, () -> { });
                    Label label = (Label) indicator.getChildren().get(1);
                    ConflictListView dialog = new ConflictListView(model);
                    TabPane tabs = (TabPane) dialog.getDialogPane().getContent();
                    shown.complete(label.getText() + " | " + tabs.getTabs().get(0).getText() + " | "
                            + tabs.getTabs().get(1).getText());
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                }
            });
            String text = shown.get(10, TimeUnit.SECONDS);
            // Without a hub the changes are kept but not counted on screen (a standalone desk would always show
            // a growing number); the model still counts them.
            assertTrue(text.startsWith("Synchronisation non configurée | "), text);
            assertTrue(text.endsWith("À résoudre | Erreurs"), text);
            assertEquals(queuedBySetup + 1, model.pendingProperty().get());
        }
    }

    @Test
    void theDialogOpensWideEnoughForBothVersionsUnderTheApplicationsTheme() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation workstation = TestStores.login(dir)) {
            SyncStatusViewModel model = new SyncStatusViewModel(workstation.sync(),
                    new WorkstationDesk(workstation).names(), Platform::runLater, Runnable::run,
                    () -> { }, ALGIERS);
            CompletableFuture<Double> width = new CompletableFuture<>();
            Platform.runLater(() -> {
                // The application's look, whose dialogs are 600 px at most unless told otherwise.
                nova.ui.support.NovaTheme.installUserAgentStylesheet();
                ConflictListView dialog = new ConflictListView(model);
                dialog.setOnShown(shown -> Platform.runLater(() -> {
                    width.complete(dialog.getDialogPane().getWidth());
                    dialog.close();
                }));
                dialog.show();
            });
            assertTrue(width.get(10, TimeUnit.SECONDS) >= 1000, "width " + width.get());
        }
    }
}
