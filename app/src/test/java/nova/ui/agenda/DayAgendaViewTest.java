package nova.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.Chair;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.NovaTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The day agenda control on its own: where blocks go, the double-click gestures, selection, the now line. */
class DayAgendaViewTest extends FxRobot {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private final InMemoryDesk desk = new InMemoryDesk();
    private DayAgendaView view;
    private final AtomicReference<SlotRequest> slot = new AtomicReference<>();
    private final AtomicReference<AppointmentView> opened = new AtomicReference<>();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            NovaTheme.installUserAgentStylesheet();
            view = new DayAgendaView();
            view.setZone(InMemoryDesk.ALGIERS);
            view.setHours(AgendaHours.of(desk.clinic().profile()));
            view.setClock(Clock.fixed(ZonedDateTime.of(DAY, LocalTime.of(10, 0), InMemoryDesk.ALGIERS).toInstant(),
                    InMemoryDesk.ALGIERS));
            view.setDate(DAY);
            view.setOnNewAppointment(slot::set);
            view.setOnOpenAppointment(opened::set);
            stage.setScene(NovaTheme.apply(new Scene(new StackPane(view), 900, 700)));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<AgendaColumn> chairColumns() {
        List<AgendaColumn> columns = new ArrayList<>();
        for (Chair chair : desk.clinic().chairs()) {
            columns.add(new AgendaColumn(chair.id(), DAY, chair.name()));
        }
        return columns;
    }

    private AppointmentView at(int chair, int hour, int minute, int careType) {
        return InMemoryDesk.appointment(desk.clinic(), desk.patientList().get(chair), careType, chair, 0,
                ZonedDateTime.of(DAY, LocalTime.of(hour, minute), InMemoryDesk.ALGIERS), AppointmentStatus.CONFIRMED);
    }

    @Test
    void blocksSitInTheirChairColumnAtTheirTime() throws Exception {
        AppointmentView nine = at(0, 9, 0, 0);
        AppointmentView tenThirty = at(2, 10, 30, 3);
        interact(() -> view.setContent(chairColumns(), List.of(nine, tenThirty)));
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> blocks = new ArrayList<>(lookup(".agenda-block").queryAll());
        assertEquals(2, blocks.size());
        Bounds first = boundsOf(nine);
        Bounds second = boundsOf(tenThirty);
        double ppm = view.getPixelsPerMinute();
        // 07:00 is the top of the grid (half an hour before 08:00, rounded down): 09:00 is 120 minutes below it.
        assertEquals(120 * ppm, first.getMinY(), 3);
        assertEquals(20 * ppm, first.getHeight(), 4);
        assertEquals(210 * ppm, second.getMinY(), 3);
        assertTrue(second.getMinX() > first.getMaxX(), "chair 3 is right of chair 1");
    }

    @Test
    void overlappingAppointmentsInOneColumnShareItsWidth() throws Exception {
        AppointmentView a = at(0, 9, 0, 3);
        AppointmentView b = at(0, 9, 15, 0);
        interact(() -> view.setContent(chairColumns(), List.of(a, b)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds left = boundsOf(a);
        Bounds right = boundsOf(b);
        assertTrue(left.getMaxX() <= right.getMinX() + 0.5, left + " / " + right);
    }

    @Test
    void doubleClickOnEmptySpaceAsksForANewAppointmentThere() throws Exception {
        interact(() -> view.setContent(chairColumns(), List.of(at(0, 9, 0, 0))));
        WaitForAsyncUtils.waitForFxEvents();
        Node body = lookup(".agenda-body").query();
        Bounds screen = body.localToScreen(body.getLayoutBounds());
        double columnWidth = (body.getLayoutBounds().getWidth() - AgendaGridSkin.GUTTER) / 3;
        double x = screen.getMinX() + AgendaGridSkin.GUTTER + columnWidth * 1.5;
        double y = screen.getMinY() + (60 + 37) * view.getPixelsPerMinute(); // 08:37 -> the 08:30 quarter

        moveTo(x, y).doubleClickOn(MouseButton.PRIMARY);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> slot.get() != null);
        assertEquals(desk.clinic().chairs().get(1).id(), slot.get().columnKey());
        assertEquals(DAY, slot.get().date());
        assertEquals(LocalTime.of(8, 30), slot.get().time());
    }

    @Test
    void clickSelectsAndDoubleClickOpensABlock() throws Exception {
        AppointmentView nine = at(0, 9, 0, 3);
        interact(() -> view.setContent(chairColumns(), List.of(nine)));
        WaitForAsyncUtils.waitForFxEvents();
        Node block = lookup(".agenda-block").query();

        clickOn(block);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nine, view.getSelectedItem());
        assertTrue(block.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));

        doubleClickOn(block);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.get() != null);
        assertEquals(nine, opened.get());
    }

    @Test
    void theNowLineIsDrawnOnTodayAtTheCurrentTime() throws Exception {
        interact(() -> view.setContent(chairColumns(), List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        Node line = lookup(".agenda-now-line").query();
        assertTrue(line.isVisible());
        assertEquals(180 * view.getPixelsPerMinute(), line.getBoundsInParent().getCenterY(), 2);

        interact(() -> view.setClock(Clock.offset(view.getClock(), java.time.Duration.ofDays(1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!line.isVisible(), "not on another day");
    }

    @Test
    void familyNameIsTheUpperCaseWords() {
        assertEquals("HADJ-SAID", AppointmentBlock.familyName("HADJ-SAID Yasmine"));
        assertEquals("AIT AHMED", AppointmentBlock.familyName("AIT AHMED Yacine"));
        assertEquals("Benali", AppointmentBlock.familyName("Benali Yacine"));
    }

    private Bounds boundsOf(AppointmentView item) {
        for (Node node : lookup(".agenda-block").queryAll()) {
            if (node instanceof AppointmentBlock block && block.item().equals(item)) {
                assertNotNull(block.getParent());
                return block.getBoundsInParent();
            }
        }
        throw new AssertionError("no block for " + item.patientName());
    }
}
