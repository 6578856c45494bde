package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.BookingRequest;
import nova.agenda.service.AgendaService;
import nova.clinic.service.ClinicService;
import nova.common.Ids;
import nova.ui.agenda.DayAgendaView;
import nova.ui.agenda.SlotRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Blockouts in the real window on a real encrypted demo store (headless), as the administrator: a blockout is drawn
 * in its chair's column; selected, copied with Ctrl+C and pasted with Ctrl+V on an empty slot of another chair, it
 * is saved there and the original stays; cut and pasted over an appointment, it is refused with the booking rules'
 * explanation and stays where it was; the context menu pastes too.
 */
class BlockoutGridFlowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private FlowApp app;
    private AgendaService agenda;
    private ClinicService clinic;
    private DayAgendaView view;
    private LocalDate day;
    private AppointmentView booked;
    private Blockout maintenance;

    @BeforeEach
    void startOnDemoStore() throws Exception {
        app = FlowApp.start(dataDir, true);
        app.logIn(this);
        agenda = app.desk().workstation().agenda();
        clinic = app.desk().workstation().clinic();
        view = lookup("#day-agenda").queryAs(DayAgendaView.class);
        day = FlowApp.workingDayAhead(this, 28);
        var patient = app.desk().workstation().patients().search("benali", 1).getFirst();
        booked = agenda.book(new BookingRequest(patient.id(), clinic.careTypes().getFirst().code(),
                clinic.practitioners().getFirst().id(), clinic.chairs().getFirst().id(), at(LocalTime.of(9, 0)), 0,
                null, "TEST"));
        ZonedDateTime start = at(LocalTime.of(11, 0));
        maintenance = agenda.placeBlockout(new Blockout(Ids.newId(), clinic.chairs().get(1).id(),
                start.toInstant(), start.plusMinutes(60).toInstant(), "Maintenance"));
        FlowApp.showDay(this, day, "#block-" + booked.id(), "#blockout-" + maintenance.id());
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theBlockoutIsDrawnInItsChairsColumnWithItsReason() throws Exception {
        Node band = lookup("#blockout-" + maintenance.id()).query();
        assertTrue(fx(() -> lookup("#blockout-" + maintenance.id() + " .label").queryAs(Label.class).getText())
                .contains("Maintenance"));
        double columnWidth = fx(() -> (body().getLayoutBounds().getWidth() - 60) / view.getColumns().size());
        double x = fx(() -> band.getBoundsInParent().getMinX());
        assertEquals(1, (int) Math.floor((x - 60) / columnWidth), "second chair's column");
    }

    @Test
    void copyThenPasteOnAnEmptySlotOfAnotherChairSavesACopy() throws Exception {
        clickOn(lookup("#blockout-" + maintenance.id()).queryAs(Node.class));
        push(KeyCode.CONTROL, KeyCode.C);
        waitUntil(() -> lookup("#agenda-notice-text").queryAs(Label.class).getText().startsWith("Blocage copié"));

        clickOn(slot(2, LocalTime.of(10, 0)));
        waitUntil(() -> new SlotRequest(clinic.chairs().get(2).id(), day, LocalTime.of(10, 0))
                .equals(view.getSelectedSlot()));
        push(KeyCode.CONTROL, KeyCode.V);

        waitUntil(() -> agenda.blockouts(day, day.plusDays(1)).size() == 2);
        List<Blockout> saved = agenda.blockouts(day, day.plusDays(1));
        Blockout copy = saved.stream().filter(b -> !b.id().equals(maintenance.id())).findFirst().orElseThrow();
        assertEquals(clinic.chairs().get(2).id(), copy.resourceId());
        assertEquals(at(LocalTime.of(10, 0)).toInstant(), copy.start());
        assertEquals(Duration.ofMinutes(60), copy.duration());
        assertEquals("Maintenance", copy.reason());
        assertTrue(saved.contains(maintenance), "a copy leaves the original");
        waitUntil(() -> lookup("#blockout-" + copy.id()).tryQuery().isPresent());
    }

    @Test
    void cutThenPasteOverAnAppointmentIsRefusedWithItsReasonAndNothingMoves() throws Exception {
        clickOn(lookup("#blockout-" + maintenance.id()).queryAs(Node.class));
        push(KeyCode.CONTROL, KeyCode.X);
        // 08:30 is free, but an hour from there runs into the 09:00 appointment of the first chair.
        clickOn(slot(0, LocalTime.of(8, 30)));
        push(KeyCode.CONTROL, KeyCode.V);

        waitUntil(() -> lookup("#agenda-notice").queryAs(Node.class).getStyleClass().contains("error"));
        String reason = fx(() -> lookup("#agenda-notice-text").queryAs(Label.class).getText());
        assertTrue(reason.contains("déjà occupé"), reason);
        assertTrue(reason.toUpperCase().contains("BENALI"), "names the appointment: " + reason);
        assertEquals(List.of(maintenance), agenda.blockouts(day, day.plusDays(1)), "still where it was");
    }

    @Test
    void theContextMenusCutAndPasteHere() throws Exception {
        // The menus the grid shows on a right click (popups are not reliable on the headless platform).
        interact(() -> item(view.getBlockoutMenuFactory().apply(maintenance, null), "menu-blockout-cut").fire());
        SlotRequest target = new SlotRequest(clinic.chairs().get(1).id(), day, LocalTime.of(15, 0));
        interact(() -> {
            MenuItem paste = item(view.getSlotMenuFactory().apply(target), "menu-blockout-paste");
            assertTrue(!paste.isDisable(), "something to paste");
            paste.fire();
        });

        waitUntil(() -> agenda.blockouts(day, day.plusDays(1)).stream()
                .anyMatch(b -> b.start().equals(at(LocalTime.of(15, 0)).toInstant())));
        Blockout moved = agenda.blockouts(day, day.plusDays(1)).getFirst();
        assertEquals(maintenance.id(), moved.id(), "a cut moves the same blockout");
        assertEquals(1, agenda.blockouts(day, day.plusDays(1)).size());
        waitUntil(() -> lookup("#agenda-notice-text").queryAs(Label.class).getText().equals("Blocage déplacé."));
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private ZonedDateTime at(LocalTime time) {
        return ZonedDateTime.of(day, time, clinic.profile().zone());
    }

    private Node body() {
        return lookup(".agenda-body").match(n -> isInside(n, view)).query();
    }

    /** The screen point a few pixels into the quarter hour {@code time} of column {@code column}. */
    private Point2D slot(int column, LocalTime time) throws Exception {
        Node body = body();
        return fx(() -> {
            double width = body.getLayoutBounds().getWidth();
            double colWidth = (width - 60) / view.getColumns().size();
            double minute = time.toSecondOfDay() / 60.0 - view.getHours().gridStartMinute();
            return body.localToScreen(60 + colWidth * (column + 0.5), minute * view.getPixelsPerMinute() + 6);
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
