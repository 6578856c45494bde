package nova.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.WaitlistLine;
import nova.agenda.domain.WaitlistWish;
import nova.app.WorkstationDesk;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Liste d'attente » tab's logic on a real store, without the toolkit. */
class WaitlistViewModelTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dir;

    private WorkstationDesk desk;
    private WaitlistViewModel viewModel;
    private PatientSummary fatima;
    private PatientSummary karim;
    private LocalDate sunday;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        desk = new WorkstationDesk(TestStores.login(dir));
        sunday = LocalDate.of(2027, 3, 7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Clock clock = Clock.fixed(sunday.minusDays(3).atTime(LocalTime.NOON).atZone(ALGIERS).toInstant(), ALGIERS);
        viewModel = new WaitlistViewModel(desk, desk, new CurrentThreadTaskExecutor(), new Messages(), clock);
        fatima = desk.create(new NewPatient("Amrani", "Fatima", Sex.FEMALE, 1985, null, "0555 12 34 56", null, null));
        karim = desk.create(new NewPatient("Benali", "Karim", Sex.MALE, 1979, null, "0661 22 33 44", null, null));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void addListsTheRequestWithItsWishAndACancellationOffersAndBooksIt() throws Exception {
        viewModel.add(new WaitlistWish(karim.id(), "consultation", null, Set.of(DayOfWeek.SUNDAY),
                ClockRange.parse("08:00-12:00"), null, null, null), null);
        List<WaitlistLine> lines = viewModel.linesProperty().get();
        assertEquals(1, lines.size());
        assertEquals("Consultation", viewModel.careLabel(lines.getFirst().entry().careTypeCode()));
        assertEquals("dim. · 08:00-12:00", viewModel.wishText(lines.getFirst().wish()));
        assertTrue(viewModel.sinceText(lines.getFirst()).startsWith("depuis"), viewModel.sinceText(lines.getFirst()));

        var chair = desk.clinic().chairs().getFirst();
        var doctor = desk.clinic().practitioners().getFirst();
        AppointmentView booked = desk.book(new BookingRequest(fatima.id(), "consultation", doctor.id(), chair.id(),
                sunday.atTime(9, 0).atZone(ALGIERS), 0, null, "GUI"));
        AppointmentView cancelled = desk.changeStatus(booked.id(), AppointmentStatus.CANCELLED, "malade");

        List<List<WaitlistLine>> offered = new ArrayList<>();
        viewModel.offersFor(cancelled, offered::add);
        assertEquals(1, offered.size());
        assertEquals("Créneau libéré : 1 patient de la liste d’attente convient",
                viewModel.offersNotice(offered.getFirst().size()));
        assertEquals("Créneau libéré : 2 patients de la liste d’attente conviennent", viewModel.offersNotice(2));

        List<AppointmentView> result = new ArrayList<>();
        viewModel.bookOffer(offered.getFirst().getFirst(), cancelled, result::add);
        assertEquals(karim.id(), result.getFirst().patientId());
        assertEquals(ZonedDateTime.of(sunday, LocalTime.of(9, 0), ALGIERS), result.getFirst().start());
        assertEquals(List.of(), viewModel.linesProperty().get(), "booked: off the list");
        assertEquals("", viewModel.errorProperty().get());
    }

    @Test
    void removeTakesTheRequestOffTheList() {
        viewModel.add(new WaitlistWish(karim.id(), "consultation", null, Set.of(), null, null, null, null), null);
        viewModel.remove(viewModel.linesProperty().get().getFirst().entry().id());
        assertEquals(List.of(), viewModel.linesProperty().get());
        viewModel.refresh();
        assertEquals(List.of(), viewModel.linesProperty().get());
    }
}
