package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nova.clinic.domain.ResourceSetting;
import nova.testing.TestStores;
import nova.ui.agenda.AgendaColumn;
import nova.ui.agenda.DayAgendaView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The administrator gives a practitioner own hours through « Réglages › Praticiens » on a real store, in JavaFX's
 * headless platform, and the open agenda's column for that practitioner follows them without a restart.
 */
class ClinicSettingsFlowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private FlowApp app;

    @BeforeEach
    void start() throws Exception {
        app = FlowApp.start(dataDir, false);
    }

    @AfterEach
    void stop() throws Exception {
        // A dialog left open by a failure is closed while the session still runs: the agenda refresh that follows
        // its closing must not reach a closed session in the next test.
        interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage stage && stage.getOwner() != null).toList()
                .forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        app.stop();
    }

    @Test
    void ownHoursEditedInTheDialogShadeThePractitionersColumn() throws Exception {
        app.logIn(this);
        clickOn("#group-practitioner");
        DayAgendaView agenda = lookup("#day-agenda").queryAs(DayAgendaView.class);
        waitUntil(() -> column(agenda, "Dr Benali").isPresent());
        assertEquals(null, fx(() -> column(agenda, "Dr Benali").orElseThrow().ownHours()), "clinic hours at first");

        openSettings("settings-practitioners");
        ListView<ResourceSetting> list = lookup("#settings-practitioners-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        // The cells are made in the layout pass after the items arrive.
        waitUntil(() -> benaliCell().tryQuery().isPresent());
        clickOn(benaliCell().<javafx.scene.Node>query());
        waitUntil(() -> "Dr Benali".equals(lookup("#settings-practitioners-name")
                .queryAs(javafx.scene.control.TextField.class).getText()));

        // Sunday to Tuesday mornings: Wednesday and Thursday unticked, closing at noon, no break.
        clickOn("#settings-practitioners-own-hours");
        clickOn("#settings-practitioners-day-3");
        clickOn("#settings-practitioners-day-4");
        replace("#settings-practitioners-closing", "12:00");
        replace("#settings-practitioners-break-start", "");
        replace("#settings-practitioners-break-end", "");
        clickOn("#settings-practitioners-save");
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.name().equals("Dr Benali") && r.hasOwnHours()));
        assertEquals("", errorOf("settings-practitioners"));
        ResourceSetting saved = fx(() -> list.getItems().stream().filter(r -> r.name().equals("Dr Benali"))
                .findFirst().orElseThrow());
        assertEquals(LocalTime.NOON, saved.ownHours().closing());
        assertFalse(saved.ownHours().days().contains(java.time.DayOfWeek.WEDNESDAY));
        assertFalse(saved.ownHours().hasBreak());

        clickOn("Fermer");
        waitUntil(() -> lookup("#settings-practitioners-dialog").tryQuery().isEmpty());
        waitUntil(() -> column(agenda, "Dr Benali").map(c -> c.ownHours() != null).orElse(false));
        AgendaColumn column = fx(() -> column(agenda, "Dr Benali").orElseThrow());
        assertEquals(LocalTime.NOON, column.ownHours().closing());
        assertTrue(fx(() -> column(agenda, "Dr Amrani").orElseThrow().ownHours() == null),
                "the other practitioner keeps the clinic's hours");
    }

    @Test
    void newOwnHoursLeavingAnAppointmentOutsideAreSavedOnlyAfterTheWarning() throws Exception {
        java.time.ZonedDateTime booked = bookBenaliNextSundayAfternoon();
        app.logIn(this);
        openSettings("settings-practitioners");
        ListView<ResourceSetting> list = lookup("#settings-practitioners-list").queryListView();
        waitUntil(() -> benaliCell().tryQuery().isPresent());
        clickOn(benaliCell().<javafx.scene.Node>query());
        waitUntil(() -> "Dr Benali".equals(lookup("#settings-practitioners-name")
                .queryAs(javafx.scene.control.TextField.class).getText()));

        clickOn("#settings-practitioners-own-hours");
        replace("#settings-practitioners-closing", "12:00");
        replace("#settings-practitioners-break-start", "");
        replace("#settings-practitioners-break-end", "");
        clickOn("#settings-practitioners-save");
        waitUntil(() -> lookup("#settings-practitioners-booked").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
        String named = fx(() -> lookup("#settings-practitioners-booked-list")
                .queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(named.contains(String.format("%02d:%02d", booked.getHour(), booked.getMinute())), named);
        assertTrue(named.contains("BENALI"), named);
        assertTrue(lookup("#settings-practitioners-save").queryButton().isDisabled(), "one answer at a time");

        clickOn("#settings-practitioners-booked-cancel");
        waitUntil(() -> !lookup("#settings-practitioners-booked").query().isVisible());
        assertFalse(fx(() -> list.getItems().stream().anyMatch(ResourceSetting::hasOwnHours)), "nothing saved");

        clickOn("#settings-practitioners-save");
        waitUntil(() -> lookup("#settings-practitioners-booked").query().isVisible());
        clickOn("#settings-practitioners-booked-confirm");
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.name().equals("Dr Benali") && r.hasOwnHours()));
        assertFalse(lookup("#settings-practitioners-booked").query().isVisible());
        clickOn("Fermer");
        waitUntil(() -> lookup("#settings-practitioners-dialog").tryQuery().isEmpty());
    }

    /** Before the login: a reception account « amina », active or already deactivated. */
    private void addAmina(boolean active) throws Exception {
        try (nova.app.Workstation admin = TestStores.login(dataDir)) {
            admin.users().addUser("amina", "Amina Saidi", nova.security.domain.Role.RECEPTION,
                    "accueil-2027!".toCharArray());
            if (!active) {
                admin.users().setActive("amina", false);
            }
        }
    }

    /** Before the login: an appointment the new morning-only hours will leave outside. */
    private java.time.ZonedDateTime bookBenaliNextSundayAfternoon() throws Exception {
        try (nova.app.Workstation workstation = TestStores.login(dataDir)) {
            java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Africa/Algiers")).plusDays(2)
                    .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
            while (workstation.agenda().schedule().isClosed(day)) {
                day = day.plusWeeks(1);
            }
            var patient = workstation.patients().create(new nova.patient.domain.NewPatient("Benali", "Karim",
                    nova.patient.domain.Sex.MALE, 1980, null, null, null, null));
            return workstation.agenda().book(new nova.agenda.domain.BookingRequest(patient.id(),
                    workstation.clinic().careTypes().getFirst().code(),
                    workstation.clinic().practitionerNamed("Dr Benali").orElseThrow().id(),
                    workstation.clinic().chairs().getFirst().id(), day.atTime(15, 0).atZone(
                            java.time.ZoneId.of("Africa/Algiers")), 0, null, "TEST")).start();
        }
    }

    @Test
    void aClosingTypedInTheDialogIsSavedWithItsReason() throws Exception {
        app.logIn(this);
        openSettings("settings-closings");

        // The dates keep their default (today); the reason is typed, as a person does.
        clickOn("#settings-closings-reason").write("Travaux");
        clickOn("#settings-closings-save");
        ListView<nova.clinic.domain.ClosingPeriod> list = lookup("#settings-closings-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals("", errorOf("settings-closings"));
        assertEquals("Travaux", fx(() -> list.getItems().getFirst().reason()));
        clickOn("Fermer");
    }

    @Test
    void anAccountIsCreatedFromTheUsersDialog() throws Exception {
        app.logIn(this);
        openSettings("settings-users");

        clickOn("#settings-users-username").write("amina");
        clickOn("#settings-users-display-name").write("Amina Saidi");
        clickOn("#settings-users-password").write("accueil-2027!");
        clickOn("#settings-users-confirmation").write("accueil-2027!");
        clickOn("#settings-users-add");
        ListView<nova.security.domain.CurrentUser> list = lookup("#settings-users-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        assertEquals("", errorOf("settings-users"));
        clickOn("Fermer");
        try (var amina = TestStores.access().open(dataDir, "amina", "accueil-2027!".toCharArray())) {
            assertEquals(nova.security.domain.Role.RECEPTION, amina.user().role());
        }
    }

    @Test
    void anAccountIsDeactivatedFromTheUsersDialogAndCannotLogInAnyMore() throws Exception {
        addAmina(true);
        app.logIn(this);
        openSettings("settings-users");
        waitUntil(() -> cellStartingWith("amina").tryQuery().isPresent());
        clickOn(cellStartingWith("amina").<javafx.scene.Node>query());
        waitUntil(() -> "Désactiver".equals(lookup("#settings-users-toggle").queryButton().getText()));
        clickOn("#settings-users-toggle");
        waitUntil(() -> cellStartingWith("amina").tryQuery()
                .map(cell -> ((javafx.scene.control.ListCell<?>) cell).getText().endsWith("· désactivé"))
                .orElse(false));
        assertTrue(fx(() -> lookup("#settings-users-status").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Compte « amina » désactivé"));
        assertEquals("Réactiver", fx(() -> lookup("#settings-users-toggle").queryButton().getText()));
        clickOn("Fermer");

        nova.security.service.AccessDeniedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                nova.security.service.AccessDeniedException.class,
                () -> TestStores.access().open(dataDir, "amina", "accueil-2027!".toCharArray()).close());
        assertEquals(nova.security.service.StoreAccess.INACTIVE_ACCOUNT, refused.getMessage());
    }

    @Test
    void theLoginScreenSaysADeactivatedAccountIsDeactivated() throws Exception {
        addAmina(false);
        FlowApp.typeLogin(this, "amina", "accueil-2027!");
        assertEquals("Ce compte a été désactivé. Adressez-vous à l'administrateur du cabinet.",
                FlowApp.loginError(this));
        assertTrue(lookup("#day-agenda").tryQuery().isEmpty(), "still on the login screen");
    }

    /**
     * Opens a « Réglages » entry and waits for its dialog (« entry-dialog »). The toolbar may not fit the test
     * window: the menu entry is fired as a click on it would.
     */
    private void openSettings(String entry) throws Exception {
        javafx.scene.control.MenuButton menu = lookup("#settings-menu").queryAs(javafx.scene.control.MenuButton.class);
        javafx.application.Platform.runLater(() -> menu.getItems().stream()
                .filter(item -> entry.equals(item.getId())).findFirst().orElseThrow().fire());
        waitUntil(() -> lookup("#" + entry + "-dialog").tryQuery().isPresent());
    }

    /** The text of a settings dialog's error line (« prefix-error »). */
    private String errorOf(String prefix) throws Exception {
        return fx(() -> lookup("#" + prefix + "-error").queryAs(javafx.scene.control.Label.class).getText());
    }

    private org.testfx.service.query.NodeQuery benaliCell() {
        return cellStartingWith("Dr Benali");
    }

    private org.testfx.service.query.NodeQuery cellStartingWith(String text) {
        return lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith(text));
    }

    private void replace(String field, String text) {
        clickOn(field);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            write(text);
        }
    }

    private static Optional<AgendaColumn> column(DayAgendaView agenda, String title) {
        return agenda.getColumns().stream().filter(c -> c.title().equals(title)).findFirst();
    }
}
