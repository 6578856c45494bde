package nova.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.HolidayCalendar;
import nova.agenda.domain.WeeklyHours;
import nova.agenda.domain.WorkingSchedule;
import nova.clinic.domain.Chair;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.NovaTheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid shades each column from the schedule it is given: a chair with its own hours is shaded outside them,
 * the others outside the clinic's (with the break), a holiday entirely with its name; blockouts are drawn in their
 * chair's column or, clinic-wide, in every column.
 */
class AgendaShadingTest extends FxRobot {

    /** A Wednesday, worked in Algiers. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    /** 1 November, a public holiday in Algeria (a Sunday: a working day of the week). */
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 1);

    private final InMemoryDesk desk = new InMemoryDesk();
    private DayAgendaView view;
    private Chair chair2;
    private WorkingSchedule schedule;

    @BeforeEach
    void show() throws Exception {
        chair2 = desk.clinic().chairs().get(1);
        schedule = WorkingSchedule.fromProfile(desk.clinic().profile(), HolidayCalendar.preset("DZ"))
                .withResourceHours(chair2.id(), WeeklyHours.uniform(EnumSet.allOf(DayOfWeek.class),
                        LocalTime.of(10, 0), LocalTime.of(14, 0), null, null));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            NovaTheme.installUserAgentStylesheet();
            view = new DayAgendaView();
            view.setZone(InMemoryDesk.ALGIERS);
            view.setHours(AgendaHours.of(desk.clinic().profile()));
            view.setClock(Clock.fixed(ZonedDateTime.of(DAY, LocalTime.of(7, 0), InMemoryDesk.ALGIERS).toInstant(),
                    InMemoryDesk.ALGIERS));
            view.setDate(DAY);
            // Tall enough to show the whole day without scrolling.
            view.pixelsPerMinuteProperty().set(0.9);
            stage.setScene(NovaTheme.apply(new Scene(new StackPane(view), 900, 760)));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private List<AgendaColumn> columns(LocalDate date) {
        List<AgendaColumn> columns = new ArrayList<>();
        for (Chair chair : desk.clinic().chairs()) {
            columns.add(new AgendaColumn(chair.id(), date, chair.name()));
        }
        return columns;
    }

    /** "column:HH:MM-HH:MM" for every node of a style class, from where it is drawn. */
    private Set<String> drawn(String styleClass) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node body = lookup(".agenda-body").query();
            double colWidth = (body.getLayoutBounds().getWidth() - 60) / view.getColumns().size();
            double ppm = view.getPixelsPerMinute();
            int start = view.getHours().gridStartMinute();
            Set<String> result = new TreeSet<>();
            for (Node node : lookup("." + styleClass).queryAll()) {
                Bounds b = node.getBoundsInParent();
                int column = (int) Math.floor((b.getMinX() + 2 - 60) / colWidth);
                int from = (int) Math.round(start + b.getMinY() / ppm);
                int to = (int) Math.round(start + b.getMaxY() / ppm);
                result.add(column + ":" + hhmm(from) + "-" + hhmm(to));
            }
            return result;
        }).get(10, TimeUnit.SECONDS);
    }

    private static String hhmm(int minute) {
        // Bands are drawn up to a pixel off: round to the quarter hour.
        int rounded = Math.round(minute / 15f) * 15;
        return String.format("%02d:%02d", rounded / 60, rounded % 60);
    }

    private void show(LocalDate date, List<BlockoutBand> bands) throws Exception {
        interact(() -> {
            view.setDate(date);
            view.setContent(columns(date), List.of(), bands, schedule);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aChairWithItsOwnHoursIsShadedOutsideThemAndTheOthersOutsideTheClinics() throws Exception {
        show(DAY, List.of());

        Set<String> closed = drawn("agenda-closed");
        Set<String> breaks = drawn("agenda-break");

        // The grid runs from 07:00 to 18:00 around the clinic's 08:00-17:00.
        assertTrue(closed.containsAll(Set.of("0:07:00-08:00", "0:17:00-18:00", "2:07:00-08:00", "2:17:00-18:00")),
                closed.toString());
        assertTrue(closed.containsAll(Set.of("1:07:00-10:00", "1:14:00-18:00")), closed.toString());
        assertEquals(Set.of("0:12:00-13:00", "2:12:00-13:00"), breaks, "the chair with its own hours has no break");
        assertTrue(closed.stream().noneMatch(s -> s.startsWith("1:") && s.contains("08:00")), closed.toString());
    }

    @Test
    void aHolidayIsShadedAllDayWithItsName() throws Exception {
        show(HOLIDAY, List.of());

        assertEquals(Set.of("0:07:00-18:00", "1:07:00-18:00", "2:07:00-18:00"), drawn("agenda-closed"));
        String text = WaitForAsyncUtils.asyncFx(() -> lookup(".agenda-closed-text").queryAs(Label.class).getText())
                .get(10, TimeUnit.SECONDS);
        assertTrue(text.startsWith("Férié"), text);
    }

    @Test
    void blockoutsAreDrawnInTheirChairsColumnOrInEveryColumnForTheClinic() throws Exception {
        Blockout chairOnly = new Blockout(UUID.randomUUID(), chair2.id(), instant(11, 0), instant(12, 0), "Maintenance");
        Blockout clinicWide = new Blockout(UUID.randomUUID(), null, instant(15, 0), instant(16, 30), "Formation");

        show(DAY, List.of(new BlockoutBand(chairOnly, "Maintenance", null, false),
                new BlockoutBand(clinicWide, "Formation", null, false)));

        assertEquals(Set.of("1:11:00-12:00", "0:15:00-16:30", "1:15:00-16:30", "2:15:00-16:30"),
                drawn("agenda-blockout"));
    }

    private static java.time.Instant instant(int hour, int minute) {
        return ZonedDateTime.of(DAY, LocalTime.of(hour, minute), InMemoryDesk.ALGIERS).toInstant();
    }
}
