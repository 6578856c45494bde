package nova.ui.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.patient.domain.PatientSummary;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** The patient card's search and its upcoming and past appointments, without the toolkit. */
class PatientCardViewModelTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(LocalDate.of(2026, 11, 25), LocalTime.of(12, 0),
            InMemoryDesk.ALGIERS);

    @Test
    void searchPicksTheFirstPatientAndSplitsTheirAppointments() {
        InMemoryDesk desk = new InMemoryDesk();
        PatientSummary benali = desk.patientList().getFirst();
        AppointmentView lastMonth = add(desk, benali, NOW.minusDays(30));
        AppointmentView thisMorning = add(desk, benali, NOW.minusHours(3));
        AppointmentView nextWeek = add(desk, benali, NOW.plusDays(7));
        AppointmentView tomorrow = add(desk, benali, NOW.plusDays(1));
        add(desk, desk.patientList().get(1), NOW.plusDays(1));
        PatientCardViewModel viewModel = new PatientCardViewModel(desk, new CurrentThreadTaskExecutor(),
                Clock.fixed(NOW.toInstant(), InMemoryDesk.ALGIERS));

        viewModel.searchTextProperty().set("bena");

        assertEquals(List.of(benali), viewModel.resultsProperty().get());
        assertEquals(benali, viewModel.patientProperty().get());
        assertEquals(List.of(tomorrow.id(), nextWeek.id()),
                viewModel.upcomingProperty().get().stream().map(AppointmentView::id).toList());
        assertEquals(List.of(thisMorning.id(), lastMonth.id()),
                viewModel.pastProperty().get().stream().map(AppointmentView::id).toList());
    }

    private static AppointmentView add(InMemoryDesk desk, PatientSummary patient, ZonedDateTime start) {
        AppointmentView a = InMemoryDesk.appointment(desk.clinic(), patient, 0, 0, 0, start, AppointmentStatus.BOOKED);
        desk.add(a);
        return a;
    }
}
