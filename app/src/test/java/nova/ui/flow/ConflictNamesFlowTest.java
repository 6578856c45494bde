package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.sync.ui.ShownConflict;
import nova.testing.AppointmentClash;
import nova.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A receptionist on desk B of a cabinet opens « À résoudre » after a real clash (desk A and desk B booked two
 * patients offline on the same chair at the same time, then synchronised with a real hub) and reads both versions
 * with the patients', practitioner's and chair's names, the care type and a French date; no identifier.
 */
class ConflictNamesFlowTest extends FxRobot {

    private static final String UUID_PATTERN = "(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*";

    @TempDir
    Path temp;

    private FlowApp app;
    private AppointmentClash.Booked booked;

    @BeforeEach
    void twoDesksBookedTheSameChairOffline() throws Exception {
        TestHub hub = HubTestServer.newHub();
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        TestStores.create(dirA, "cabinet-alger", false);
        booked = AppointmentClash.make(dirA, dirB, TestStores::login, hub, hub.newSite("cabinet"),
                new NewPatient("MEZIANE", "Samira", Sex.FEMALE, 1992, null, "0555 12 34 56", null, null),
                new NewPatient("HADJ ALI", "Rachid", Sex.MALE, 1978, null, "0661 23 45 67", null, null));

        app = FlowApp.open(dirB);
        app.logIn(this);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theClashReadsWithNamesOnBothSides() throws Exception {
        waitUntil(() -> lookup("#sync-status").tryQuery().isPresent());
        // A click on the status bar's indicator, delivered to it whatever the headless window's size.
        javafx.scene.Node indicator = lookup("#sync-status").query();
        Platform.runLater(() -> indicator.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
        waitUntil(() -> lookup("#conflict-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<ShownConflict> list = lookup("#conflict-list").queryAs(ListView.class);
        waitUntil(() -> fx(() -> list.getItems().size()) == 1);
        Platform.runLater(() -> list.getSelectionModel().selectFirst());
        TextArea local = lookup("#conflict-local").queryAs(TextArea.class);
        TextArea remote = lookup("#conflict-remote").queryAs(TextArea.class);
        waitUntil(() -> !fx(local::getText).isEmpty() && !fx(remote::getText).isEmpty());
        String title = fx(() -> list.getItems().getFirst().title());
        String onThisDesk = fx(local::getText);
        String fromTheHub = fx(remote::getText);

        var mine = booked.onB();
        String when = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.FRENCH)
                .format(mine.start());
        assertTrue(title.equals("Deux rendez-vous au même moment\n" + mine.chairName() + " · " + when), title);
        assertTrue(onThisDesk.contains("Patient : HADJ ALI Rachid\n"), onThisDesk);
        assertTrue(fromTheHub.contains("Patient : MEZIANE Samira\n"), fromTheHub);
        for (String side : new String[]{onThisDesk, fromTheHub}) {
            assertTrue(side.contains("Praticien : " + mine.practitionerName()), side);
            assertTrue(side.contains("Fauteuil : " + mine.chairName()), side);
            assertTrue(side.contains("Soin : " + mine.careTypeLabel()), side);
            assertTrue(side.contains("Début : " + when), side);
            assertFalse(side.matches(UUID_PATTERN), "no identifier left: " + side);
        }
    }
}
