package nova.ui.flow;

import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.patient.domain.PatientSummary;
import nova.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The walk-in queue on a real demo store, on a working Monday at 10:07 (a fixed clock for the store and the
 * screens): « Patient sans rendez-vous » books the first free chair from now and the patient is in the waiting room.
 */
class WalkInFlowTest extends FxRobot {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dataDir;

    private FlowApp app;
    private ZonedDateTime now;

    @BeforeEach
    void start() throws Exception {
        LocalDate monday = LocalDate.now(ALGIERS).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        now = ZonedDateTime.of(monday, LocalTime.of(10, 7), ALGIERS);
        app = FlowApp.start(dataDir, true, Clock.fixed(now.toInstant(), ALGIERS));
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void aWalkInIsBookedOnTheFirstFreeChairAndWaits() throws Exception {
        app.logIn(this);
        waitUntil(() -> lookup("#side-panel").tryQuery().isPresent());
        var agenda = app.desk().workstation().agenda();
        PatientSummary patient = app.desk().workstation().patients().search("ouali", 1).getFirst();
        List<AppointmentView> before = agenda.day(now.toLocalDate());

        interact(() -> {
            TabPane side = lookup("#side-panel").queryAs(TabPane.class);
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> "tab-waiting".equals(t.getId())).findFirst().orElseThrow());
        });
        waitUntil(() -> lookup("#walkin").query().isVisible());
        clickOn("#walkin");
        waitUntil(() -> lookup("#walkin-search").tryQuery().isPresent());
        clickOn("#walkin-search").write("ouali");
        waitUntil(() -> !lookup("#walkin-results").queryListView().getItems().isEmpty()
                && !lookup("#walkin-confirm").queryButton().isDisabled());
        clickOn("#walkin-confirm");

        // Booked, then marked arrived: two writes; wait for the second.
        waitUntil(() -> agenda.day(now.toLocalDate()).stream().anyMatch(a -> a.status() == AppointmentStatus.ARRIVED
                && before.stream().noneMatch(b -> b.id().equals(a.id()))));
        assertEquals(before.size() + 1, agenda.day(now.toLocalDate()).size());
        AppointmentView walkIn = agenda.day(now.toLocalDate()).stream()
                .filter(a -> before.stream().noneMatch(b -> b.id().equals(a.id()))).findFirst().orElseThrow();
        assertEquals(patient.id(), walkIn.patientId());
        assertEquals(AppointmentStatus.ARRIVED, walkIn.status());
        assertFalse(walkIn.start().isBefore(now), "not in the past: " + walkIn.start());
        assertEquals(0, walkIn.start().getMinute() % 15, "on a quarter hour");
        assertTrue(walkIn.start().isBefore(now.plusHours(8)), "today");
        assertTrue(agenda.history(walkIn.id()).stream().anyMatch(h -> h.to() == AppointmentStatus.ARRIVED));
        @SuppressWarnings("unchecked")
        ListView<TodayViewModel.Waiting> waiting = lookup("#waiting-list").queryAs(ListView.class);
        waitUntil(() -> waiting.getItems().stream().anyMatch(w -> w.appointment().id().equals(walkIn.id())));
    }
}
