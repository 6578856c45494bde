package nova.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.Recall;
import nova.patient.domain.PatientSummary;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** The recall list from finished détartrages, without the toolkit. */
class RecallViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final int DETARTRAGE = 2;
    private static final int CONSULTATION = 0;

    private final InMemoryDesk desk = new InMemoryDesk();

    private void add(PatientSummary patient, int care, LocalDate day, AppointmentStatus status) {
        desk.add(InMemoryDesk.appointment(desk.clinic(), patient, care, 0, 0,
                ZonedDateTime.of(day, LocalTime.of(9, 0), InMemoryDesk.ALGIERS), status));
    }

    @Test
    void listsDueAndOverdueScalingsButNotThoseAlreadyBooked() {
        List<PatientSummary> p = desk.patientList();
        add(p.get(0), DETARTRAGE, TODAY.minusMonths(6).minusDays(10), AppointmentStatus.DONE);
        add(p.get(1), DETARTRAGE, TODAY.minusMonths(9), AppointmentStatus.DONE);
        add(p.get(2), DETARTRAGE, TODAY.minusMonths(7), AppointmentStatus.DONE);
        add(p.get(2), DETARTRAGE, TODAY.plusDays(12), AppointmentStatus.BOOKED);
        add(p.get(3), CONSULTATION, TODAY.minusMonths(8), AppointmentStatus.DONE);
        add(p.get(3), DETARTRAGE, TODAY.minusMonths(2), AppointmentStatus.DONE);
        RecallViewModel viewModel = new RecallViewModel(desk, new CurrentThreadTaskExecutor(),
                Clock.fixed(ZonedDateTime.of(TODAY, LocalTime.NOON, InMemoryDesk.ALGIERS).toInstant(),
                        InMemoryDesk.ALGIERS));

        viewModel.refresh();

        List<Recall> recalls = viewModel.recallsProperty().get();
        assertEquals(List.of(p.get(1).id(), p.get(0).id()), recalls.stream().map(Recall::patientId).toList());
        assertEquals(List.of(Recall.RecallState.OVERDUE, Recall.RecallState.DUE),
                recalls.stream().map(Recall::state).toList());
        assertEquals("Détartrage", viewModel.careLabel(recalls.getFirst().careTypeCode()));
    }
}
