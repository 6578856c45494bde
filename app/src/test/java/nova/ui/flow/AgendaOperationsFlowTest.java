package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.service.AgendaService;
import nova.clinic.service.ClinicService;
import nova.ui.agenda.DayAgendaView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Operations on appointments in the real window on a real encrypted demo store (headless): drag a block to another
 * chair and time and read the move back through the agenda service; drop onto an occupied slot and see the
 * refusal with nothing changed; confirm from the details panel and undo it.
 */
class AgendaOperationsFlowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private FlowApp app;
    private AgendaService agenda;
    private ClinicService clinic;
    private LocalDate day;
    private AppointmentView first;
    private AppointmentView second;

    @BeforeEach
    void startOnDemoStore() throws Exception {
        app = FlowApp.start(dataDir, true);
        app.logIn(this);
        agenda = app.desk().workstation().agenda();
        clinic = app.desk().workstation().clinic();
        day = FlowApp.workingDayAhead(this, 21);
        var patients = app.desk().workstation().patients();
        first = book(patients.search("benali", 1).getFirst().id(), 0, LocalTime.of(9, 0));
        second = book(patients.search("khelifi", 1).getFirst().id(), 1, LocalTime.of(10, 0));
        FlowApp.showDay(this, day, "#block-" + first.id(), "#block-" + second.id());
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void draggingABlockToAnotherChairAndTimeSavesTheMove() throws Exception {
        dragBlock(first, 2, LocalTime.of(11, 0));

        waitUntil(() -> agenda.find(first.id()).orElseThrow().start().toLocalTime().equals(LocalTime.of(11, 0)));
        AppointmentView moved = agenda.find(first.id()).orElseThrow();
        assertEquals(clinic.chairs().get(2).id(), moved.chairId());
        assertEquals(day, moved.start().toLocalDate());
        assertEquals(first.end().toLocalTime().plusHours(2), moved.end().toLocalTime(), "the duration is kept");
        waitUntil(() -> lookup("#block-" + first.id()).tryQuery().isPresent()
                && first.patientName().equals(lookup("#details-patient").queryAs(Label.class).getText()));
        assertTrue(agenda.history(first.id()).stream().anyMatch(h -> h.kind().equals("MOVED")));
    }

    @Test
    void inTheWeekABlockDraggedToAnotherDayKeepsItsChairAndTime() throws Exception {
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W);
        nova.ui.agenda.WeekAgendaView week = lookup("#week-agenda").queryAs(nova.ui.agenda.WeekAgendaView.class);
        waitUntil(() -> week.isVisible() && lookup("#week-agenda #block-" + first.id()).tryQuery().isPresent());
        int column = fx(() -> {
            for (int c = 0; c < week.getColumns().size(); c++) {
                if (week.getColumns().get(c).date().equals(day)) {
                    return c;
                }
            }
            throw new IllegalStateException("day not shown");
        });
        // The next column is the next working day (Thursday's next is Sunday): take the last column otherwise.
        int target = column + 1 < week.getColumns().size() ? column + 1 : column - 1;
        LocalDate targetDay = fx(() -> week.getColumns().get(target).date());

        dragBlock(week, first, target, LocalTime.of(9, 0));

        waitUntil(() -> agenda.find(first.id()).orElseThrow().start().toLocalDate().equals(targetDay));
        AppointmentView moved = agenda.find(first.id()).orElseThrow();
        assertEquals(LocalTime.of(9, 0), moved.start().toLocalTime());
        assertEquals(first.chairId(), moved.chairId());
        assertEquals(first.practitionerId(), moved.practitionerId());
    }

    @Test
    void droppingOntoAnOccupiedSlotShowsTheRefusalAndChangesNothing() throws Exception {
        dragBlock(first, 1, LocalTime.of(10, 0));

        waitUntil(() -> lookup("#details-error").queryAs(Label.class).isVisible());
        String reason = fx(() -> lookup("#details-error").queryAs(Label.class).getText());
        assertTrue(reason.toLowerCase().contains("déjà occupé"), reason);
        assertTrue(reason.toUpperCase().contains("KHELIFI"), "names the other appointment: " + reason);
        AppointmentView unchanged = agenda.find(first.id()).orElseThrow();
        assertEquals(first.start(), unchanged.start());
        assertEquals(first.chairId(), unchanged.chairId());
        // The block is back in its column: still there, no move in its history.
        assertTrue(lookup("#block-" + first.id()).tryQuery().isPresent());
        assertTrue(agenda.history(first.id()).stream().noneMatch(h -> h.kind().equals("MOVED")));
    }

    @Test
    void confirmFromTheDetailsPanelThenUndo() throws Exception {
        Node firstBlock = lookup("#block-" + first.id()).query();
        clickOn(firstBlock);
        waitUntil(() -> first.patientName().equals(lookup("#details-patient").queryAs(Label.class).getText()));
        assertTrue(fx(() -> lookup("#action-undo").queryButton().isDisabled()), "nothing to undo on a booking");
        assertTrue(fx(() -> lookup("#action-DONE").queryButton().isDisabled()), "not done before arrival");

        clickOn("#action-CONFIRMED");
        waitUntil(() -> agenda.find(first.id()).orElseThrow().status() == AppointmentStatus.CONFIRMED);
        waitUntil(() -> lookup("#details-history .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().endsWith("— admin — Confirmé")));
        waitUntil(() -> lookup("#action-CONFIRMED").queryButton().isDisabled()
                && !lookup("#action-undo").queryButton().isDisabled());

        clickOn("#action-undo");
        waitUntil(() -> agenda.find(first.id()).orElseThrow().status() == AppointmentStatus.BOOKED);
        waitUntil(() -> !lookup("#action-CONFIRMED").queryButton().isDisabled());
        assertTrue(fx(() -> lookup(".status-pill").queryAs(Label.class).getText()).equals("Prévu"));
    }

    /** Presses near the top of the block and releases over the given column at the given time. */
    private void dragBlock(AppointmentView item, int column, LocalTime time) throws Exception {
        dragBlock(lookup("#day-agenda").queryAs(DayAgendaView.class), item, column, time);
    }

    private void dragBlock(nova.ui.agenda.AgendaGridView view, AppointmentView item, int column, LocalTime time)
            throws Exception {
        Region block = lookup("#block-" + item.id()).match(Node::isVisible)
                .match(n -> isInside(n, view)).queryAs(Region.class);
        Node body = lookup(".agenda-body").match(n -> isInside(n, view)).query();
        Point2D grab = fx(() -> block.localToScreen(block.getWidth() / 2, 4));
        Point2D drop = fx(() -> {
            double width = body.getLayoutBounds().getWidth();
            double colWidth = (width - 60) / view.getColumns().size();
            double minute = time.toSecondOfDay() / 60.0 - view.getHours().gridStartMinute();
            // The block is drawn 1 px below its start: the grab point is 5 px below the start.
            return body.localToScreen(60 + colWidth * (column + 0.5), minute * view.getPixelsPerMinute() + 5);
        });
        moveTo(grab);
        press(MouseButton.PRIMARY);
        moveTo(grab.add(0, 12));
        moveTo(drop);
        release(MouseButton.PRIMARY);
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private AppointmentView book(java.util.UUID patient, int chair, LocalTime time) {
        return agenda.book(new BookingRequest(patient, clinic.careTypes().getFirst().code(),
                clinic.practitioners().get(chair % clinic.practitioners().size()).id(), clinic.chairs().get(chair).id(),
                ZonedDateTime.of(day, time, clinic.profile().zone()), 0, null, "TEST"));
    }
}
