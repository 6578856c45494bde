package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.PatientSummary;
import nova.testing.TestStores;
import nova.ui.agenda.DayAgendaView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The receptionist's path on a real encrypted demo store, in JavaFX's headless platform: log in by typing, see the
 * demo agenda, book through the dialog and see the appointment appear; a double booking shows the service's
 * reason in the dialog and keeps it open.
 */
class WorkstationFlowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private FlowApp app;

    @BeforeEach
    void startOnDemoStore() throws Exception {
        app = FlowApp.start(dataDir, true);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void logInSeeTheDemoAgendaBookAndSeeItAppear() throws Exception {
        app.logIn(this);
        DayAgendaView agenda = lookup("#day-agenda").queryAs(DayAgendaView.class);
        waitUntil(() -> !agenda.getItems().isEmpty());
        assertEquals(3, agenda.getColumns().size(), "one column per demo chair");
        // Blocks are built in the layout pass that follows the batch.
        waitUntil(() -> !lookup(".agenda-block").queryAll().isEmpty());
        assertTrue(fx(() -> lookup("#status-user").queryAs(Label.class).getText()).contains(TestStores.ADMIN));

        LocalDate day = FlowApp.workingDayAhead(this, 21);
        PatientSummary patient = openBookingAndChoosePatient("benali");
        fillSlot(day, LocalTime.of(9, 0), 0, 0);
        clickOn("#booking-save");
        waitUntil(() -> lookup("#booking-dialog").tryQuery().isEmpty());

        // The agenda moves to the booked day and shows the new appointment once that day is loaded.
        waitUntil(() -> agenda.getItems().stream()
                .anyMatch(a -> a.patientId().equals(patient.id()) && a.start().toLocalDate().equals(day)));
        AppointmentView booked = fx(() -> agenda.getItems().stream()
                .filter(a -> a.patientId().equals(patient.id()) && a.start().toLocalDate().equals(day))
                .findFirst().orElseThrow());
        assertEquals(day, fx(agenda::getDate));
        assertEquals(LocalTime.of(9, 0), booked.start().toLocalTime());
        assertEquals("Fauteuil 1", booked.chairName());
        waitUntil(() -> patient.fullName().equals(lookup("#details-patient").queryAs(Label.class).getText()));
    }

    @Test
    void aDoubleBookingShowsTheReasonAndKeepsTheDialogOpen() throws Exception {
        app.logIn(this);
        DayAgendaView agenda = lookup("#day-agenda").queryAs(DayAgendaView.class);
        waitUntil(() -> !agenda.getItems().isEmpty());
        LocalDate day = FlowApp.workingDayAhead(this, 21);

        openBookingAndChoosePatient("benali");
        fillSlot(day, LocalTime.of(10, 0), 1, 0);
        clickOn("#booking-save");
        waitUntil(() -> lookup("#booking-dialog").tryQuery().isEmpty());

        openBookingAndChoosePatient("khelifi");
        fillSlot(day, LocalTime.of(10, 0), 1, 1);
        clickOn("#booking-save");

        waitUntil(() -> !lookup("#booking-error").queryAs(Label.class).getText().isBlank());
        String reason = fx(() -> lookup("#booking-error").queryAs(Label.class).getText());
        assertTrue(reason.toLowerCase().contains("fauteuil 2 est déjà occupé"), reason);
        assertTrue(reason.toUpperCase().contains("BENALI"), "the other appointment is named: " + reason);
        assertTrue(lookup("#booking-dialog").tryQuery().isPresent(), "the dialog stays open");
        assertEquals(LocalTime.of(10, 0), fx(() -> lookup("#booking-start").queryAs(ComboBox.class).getValue()));
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#booking-dialog").tryQuery().isEmpty());
    }

    @Test
    void aWrongPasswordIsRefusedInFrench() throws Exception {
        FlowApp.typeLogin(this, TestStores.ADMIN, "mauvais-mot-de-passe");
        assertEquals("Nom d'utilisateur ou mot de passe incorrect.", FlowApp.loginError(this));
        assertTrue(lookup("#day-agenda").tryQuery().isEmpty());
    }

    @Test
    void keyboardSwitchesToTheWeekAndMovesByAWeek() throws Exception {
        app.logIn(this);
        DayAgendaView agenda = lookup("#day-agenda").queryAs(DayAgendaView.class);
        waitUntil(() -> !agenda.getItems().isEmpty());
        LocalDate start = fx(agenda::getDate);

        push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> lookup("#week-agenda").query().isVisible());
        waitUntil(() -> lookup("#week-agenda").queryAs(nova.ui.agenda.WeekAgendaView.class).getColumns().size() == 5);
        push(KeyCode.CONTROL, KeyCode.RIGHT);
        waitUntil(() -> fx(agenda::getDate).equals(start.plusDays(7)));
        push(KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> lookup("#day-agenda").query().isVisible());
    }

    private PatientSummary openBookingAndChoosePatient(String query) throws Exception {
        clickOn("#new-appointment");
        waitUntil(() -> lookup("#booking-search").tryQuery().isPresent());
        clickOn("#booking-search").write(query);
        ListView<PatientSummary> results = lookup("#booking-results").queryListView();
        waitUntil(() -> !results.getItems().isEmpty());
        Node firstCell = lookup("#booking-results .list-cell").nth(0).query();
        clickOn(firstCell);
        waitUntil(() -> results.getSelectionModel().getSelectedItem() != null);
        return fx(() -> results.getSelectionModel().getSelectedItem());
    }

    @SuppressWarnings("unchecked")
    private void fillSlot(LocalDate day, LocalTime time, int chairIndex, int practitionerIndex) {
        interact(() -> {
            lookup("#booking-date").queryAs(DatePicker.class).setValue(day);
            ComboBox<LocalTime> start = lookup("#booking-start").queryAs(ComboBox.class);
            start.setValue(time);
            ComboBox<Chair> chair = lookup("#booking-chair").queryAs(ComboBox.class);
            chair.setValue(chair.getItems().get(chairIndex));
            ComboBox<Practitioner> practitioner = lookup("#booking-practitioner").queryAs(ComboBox.class);
            practitioner.setValue(practitioner.getItems().get(practitionerIndex));
        });
    }

    /** A working day after the demo week (whose chairs are full), so the booked slot is free. */
}
