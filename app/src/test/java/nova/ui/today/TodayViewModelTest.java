package nova.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.ui.fixtures.InMemoryDesk;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.Test;

/** Ma journée's order, the waiting room and the walk-in queue, without the toolkit. */
class TodayViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final ZonedDateTime NOW = ZonedDateTime.of(DAY, LocalTime.of(10, 7), InMemoryDesk.ALGIERS);

    private final InMemoryDesk desk = new InMemoryDesk();
    private final TodayViewModel viewModel = new TodayViewModel(desk, new CurrentThreadTaskExecutor(),
            new Messages(), Clock.fixed(NOW.toInstant(), InMemoryDesk.ALGIERS));

    private AppointmentView add(int patient, int chair, int hour, int minute, AppointmentStatus status) {
        AppointmentView a = InMemoryDesk.appointment(desk.clinic(), desk.patientList().get(patient), 0, chair,
                chair % 2, ZonedDateTime.of(DAY, LocalTime.of(hour, minute), InMemoryDesk.ALGIERS), status);
        desk.add(a);
        return a;
    }

    @Test
    void myDayPutsTheConsultationAndTheWaitingRoomFirstThenTheNextPatients() {
        AppointmentView done = add(0, 0, 8, 0, AppointmentStatus.DONE);
        AppointmentView later = add(1, 0, 11, 0, AppointmentStatus.BOOKED);
        AppointmentView arrived = add(2, 1, 10, 30, AppointmentStatus.ARRIVED);
        AppointmentView inChair = add(3, 2, 9, 45, AppointmentStatus.IN_CONSULTATION);
        AppointmentView soon = add(1, 2, 10, 45, AppointmentStatus.CONFIRMED);

        viewModel.refresh();

        assertEquals(List.of(inChair.id(), arrived.id(), soon.id(), later.id(), done.id()),
                viewModel.myDayProperty().get().stream().map(AppointmentView::id).toList());
        viewModel.practitionerProperty().set(desk.clinic().practitioners().get(1));
        assertEquals(List.of(arrived.id()),
                viewModel.myDayProperty().get().stream().map(AppointmentView::id).toList());
        assertEquals(List.of(arrived.id()), viewModel.waitingProperty().get().stream()
                .map(w -> w.appointment().id()).toList());
    }

    @Test
    void waitingTimeCountsFromArrival() {
        assertEquals("attend depuis 12 min", viewModel.waitingText(NOW.minusMinutes(12).toInstant()));
        assertEquals("attend depuis 1 h 05", viewModel.waitingText(NOW.minusMinutes(65).toInstant()));
        assertEquals("attend depuis 0 min", viewModel.waitingText(NOW.plusMinutes(3).toInstant()));
    }

    @Test
    void aWalkInIsBookedOnTheFirstFreeChairFromNowAndArrives() {
        add(0, 0, 10, 0, AppointmentStatus.BOOKED);
        List<AppointmentView> done = new ArrayList<>();

        viewModel.walkIn(desk.patientList().get(3), desk.clinic().careTypes().getFirst(), done::add);

        assertEquals(1, done.size(), viewModel.errorProperty().get());
        AppointmentView walkIn = done.getFirst();
        assertEquals(AppointmentStatus.ARRIVED, walkIn.status());
        assertEquals(LocalTime.of(10, 15), walkIn.start().toLocalTime(), "the next quarter hour");
        assertEquals("Fauteuil 2", walkIn.chairName(), "chair 1 is taken at 10:15");
        assertTrue(viewModel.waitingProperty().get().stream().anyMatch(w -> w.appointment().id().equals(walkIn.id())));
    }

    @Test
    void arrivalTimeComesFromTheHistory() {
        AppointmentView a = add(0, 0, 9, 0, AppointmentStatus.BOOKED);
        Instant arrivedAt = Instant.parse("2026-11-25T08:52:00Z");
        var history = List.of(
                new nova.agenda.domain.AppointmentChange(Instant.parse("2026-11-20T10:00:00Z"), "admin", "CREATED",
                        null, AppointmentStatus.BOOKED, null),
                new nova.agenda.domain.AppointmentChange(arrivedAt, "admin", "STATUS", AppointmentStatus.BOOKED,
                        AppointmentStatus.ARRIVED, null));
        assertEquals(arrivedAt, TodayViewModel.arrivalOf(a, history));
        assertEquals(a.start().toInstant(), TodayViewModel.arrivalOf(a, List.of()));
    }
}
