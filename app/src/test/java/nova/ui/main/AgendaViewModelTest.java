package nova.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nova.agenda.domain.AppointmentView;
import nova.ui.agenda.AgendaColumn;
import nova.ui.agenda.AgendaGrouping;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;

/** Date navigation, day and week modes, columns and loading, without the toolkit. */
class AgendaViewModelTest {

    /** Wednesday 25 November 2026, 10:00 in Algiers. */
    private static final Clock WEDNESDAY = Clock.fixed(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, InMemoryDesk.ALGIERS).toInstant(), InMemoryDesk.ALGIERS);

    private final InMemoryDesk desk = new InMemoryDesk();

    private AgendaViewModel viewModel(Clock clock) {
        return new AgendaViewModel(desk, new CurrentThreadTaskExecutor(), new Messages(), clock);
    }

    @Test
    void startsOnTodayAndLoadsItsAppointments() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        desk.fillDay(today, 1);
        desk.fillDay(today.plusDays(1), 2);
        AgendaViewModel viewModel = viewModel(WEDNESDAY);

        viewModel.refresh();

        assertEquals(today, viewModel.getDate());
        assertEquals("Mercredi 25 novembre 2026", viewModel.titleProperty().get());
        assertEquals(desk.day(today), viewModel.getAppointments());
        assertFalse(viewModel.getAppointments().isEmpty());
        assertEquals(List.of("Fauteuil 1", "Fauteuil 2", "Fauteuil 3"),
                viewModel.columnsProperty().get().stream().map(AgendaColumn::title).toList());
        assertFalse(viewModel.loadingProperty().get());
    }

    @Test
    void onADayOffItOpensOnTheNextWorkingDay() {
        Clock friday = Clock.fixed(ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, InMemoryDesk.ALGIERS).toInstant(),
                InMemoryDesk.ALGIERS);
        AgendaViewModel viewModel = viewModel(friday);

        assertEquals(LocalDate.of(2026, 11, 29), viewModel.getDate());
        assertEquals(DayOfWeek.SUNDAY, viewModel.getDate().getDayOfWeek());
        viewModel.showToday();
        assertEquals(LocalDate.of(2026, 11, 27), viewModel.getDate());
        assertTrue(viewModel.isClosedDay());
    }

    @Test
    void nextAndPreviousMoveByADayThenByAWeek() {
        AgendaViewModel viewModel = viewModel(WEDNESDAY);
        viewModel.next();
        assertEquals(LocalDate.of(2026, 11, 26), viewModel.getDate());
        viewModel.previous();
        viewModel.previous();
        assertEquals(LocalDate.of(2026, 11, 24), viewModel.getDate());

        viewModel.showWeek();
        viewModel.next();
        assertEquals(LocalDate.of(2026, 12, 1), viewModel.getDate());
        viewModel.showToday();
        assertEquals(LocalDate.of(2026, 11, 25), viewModel.getDate());
    }

    @Test
    void theAlgiersWeekRunsSundayToThursday() {
        desk.fillDay(LocalDate.of(2026, 11, 22), 3);
        desk.fillDay(LocalDate.of(2026, 11, 26), 4);
        desk.fillDay(LocalDate.of(2026, 11, 29), 5);
        AgendaViewModel viewModel = viewModel(WEDNESDAY);

        viewModel.showWeek();

        assertEquals(LocalDate.of(2026, 11, 22), viewModel.firstVisibleDay());
        List<AgendaColumn> columns = viewModel.columnsProperty().get();
        assertEquals(5, columns.size());
        assertEquals(LocalDate.of(2026, 11, 22), columns.getFirst().key());
        assertEquals(LocalDate.of(2026, 11, 26), columns.getLast().key());
        assertEquals("Dim. 22 nov.", columns.getFirst().title());
        assertEquals("Semaine du 22 novembre au 26 novembre 2026", viewModel.titleProperty().get());
        List<AppointmentView> shown = viewModel.getAppointments();
        assertEquals(desk.range(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29)), shown);
        assertTrue(shown.stream().noneMatch(a -> a.start().toLocalDate().equals(LocalDate.of(2026, 11, 29))));
    }

    @Test
    void practitionerColumnsOnDemand() {
        AgendaViewModel viewModel = viewModel(WEDNESDAY);
        viewModel.refresh();

        viewModel.groupingProperty().set(AgendaGrouping.PRACTITIONER);

        assertEquals(List.of("Dr Amina Benali", "Dr Karim Haddad"),
                viewModel.columnsProperty().get().stream().map(AgendaColumn::title).toList());
    }

    @Test
    void selectionSurvivesARefreshAndFollowsABooking() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        desk.fillDay(today, 7);
        AgendaViewModel viewModel = viewModel(WEDNESDAY);
        viewModel.refresh();
        AppointmentView first = viewModel.getAppointments().getFirst();
        viewModel.selectedProperty().set(first);

        viewModel.refresh();
        assertEquals(first.id(), viewModel.selectedProperty().get().id());

        AppointmentView later = InMemoryDesk.appointment(desk.clinic(), desk.patientList().getFirst(), 0, 0, 0,
                ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, InMemoryDesk.ALGIERS), nova.agenda.domain.AppointmentStatus.BOOKED);
        desk.add(later);
        viewModel.showBooked(later);
        assertEquals(LocalDate.of(2026, 12, 2), viewModel.getDate());
        assertEquals(later.id(), viewModel.selectedProperty().get().id());
        assertTrue(viewModel.getAppointments().contains(later));
    }
}
