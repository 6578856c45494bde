package nova.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nova.agenda.domain.AppointmentView;
import nova.app.WorkstationDesk;
import nova.clinic.domain.CareType;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking dialog's logic against the real services of a demo store, without the toolkit. */
class BookingViewModelTest {

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages();
    private WorkstationDesk desk;
    private BookingViewModel viewModel;
    private final List<AppointmentView> booked = new ArrayList<>();

    @BeforeEach
    void openDemoStore() throws Exception {
        TestStores.create(dataDir, "cabinet-alger", true);
        desk = new WorkstationDesk(TestStores.login(dataDir));
        viewModel = newViewModel();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BookingViewModel newViewModel() {
        return new BookingViewModel(desk.clinic(), desk.patients(), desk.appointments(),
                new CurrentThreadTaskExecutor(), messages, Clock.systemUTC());
    }

    /** A working day well after the demo week, so its slots are free. */
    private LocalDate freeWorkingDay() {
        LocalDate day = LocalDate.now().plusDays(40);
        while (!desk.clinic().profile().workingDays().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private PatientSummary findDemoPatient() {
        viewModel.searchTextProperty().set("be");
        assertFalse(viewModel.getResults().isEmpty(), "the demo store has patients whose names contain 'be'");
        return viewModel.getResults().getFirst();
    }

    @Test
    void searchAsYouTypeFromTwoCharacters() {
        viewModel.searchTextProperty().set("b");
        assertTrue(viewModel.getResults().isEmpty());
        assertEquals(messages.get("booking.search.hint"), viewModel.searchHintProperty().get());

        viewModel.searchTextProperty().set("benali");
        assertFalse(viewModel.getResults().isEmpty());
        assertTrue(viewModel.getResults().stream().allMatch(p -> p.fullName().toLowerCase().contains("benali")));

        viewModel.searchTextProperty().set("zzzzqq");
        assertTrue(viewModel.getResults().isEmpty());
        assertEquals(messages.get("booking.search.none"), viewModel.searchHintProperty().get());
    }

    @Test
    void missingChoicesAreListedInFrench() {
        viewModel.prefill(null, null, null, null);
        viewModel.startProperty().set(null);
        viewModel.book(booked::add);

        assertTrue(booked.isEmpty());
        String error = viewModel.errorProperty().get();
        assertTrue(error.contains(messages.get("booking.error.patient")), error);
        assertTrue(error.contains(messages.get("booking.error.date")), error);
        assertTrue(error.contains(messages.get("booking.error.start")), error);
        assertTrue(error.contains(messages.get("booking.error.practitioner")), error);
    }

    @Test
    void durationFollowsTheCareTypeAndStaysEditable() {
        CareType detartrage = desk.clinic().careTypes().stream().filter(c -> c.code().equals("detartrage"))
                .findFirst().orElseThrow();
        viewModel.careTypeProperty().set(detartrage);
        assertEquals(detartrage.durationMinutes(), viewModel.durationProperty().get());
        viewModel.durationProperty().set(3);
        viewModel.book(booked::add);
        assertTrue(viewModel.errorProperty().get().contains(messages.get("booking.error.duration")));
    }

    @Test
    void startTimesAreQuarterHoursWithinOpeningHours() {
        List<LocalTime> times = viewModel.getStartTimes();
        assertEquals(desk.clinic().profile().opening(), times.getFirst());
        assertTrue(times.getLast().isBefore(desk.clinic().profile().closing()));
        assertTrue(times.stream().allMatch(t -> t.getMinute() % 15 == 0));
        viewModel.prefill(freeWorkingDay(), LocalTime.of(10, 40), null, null);
        assertEquals(LocalTime.of(10, 30), viewModel.startProperty().get());
    }

    @Test
    void booksThroughTheServiceThenAnOverlapIsRefusedWithItsReasonAndInputsKept() {
        PatientSummary patient = findDemoPatient();
        viewModel.patientProperty().set(patient);
        LocalDate day = freeWorkingDay();
        viewModel.prefill(day, LocalTime.of(9, 0), desk.clinic().chairs().getFirst(),
                desk.clinic().practitioners().getFirst());
        viewModel.notesProperty().set("Douleur molaire");

        viewModel.book(booked::add);

        assertEquals("", viewModel.errorProperty().get());
        assertEquals(1, booked.size());
        AppointmentView first = booked.getFirst();
        assertEquals(patient.id(), first.patientId());
        assertEquals(LocalTime.of(9, 0), first.start().toLocalTime());
        assertEquals(day, first.start().toLocalDate());
        assertTrue(desk.day(day).stream().anyMatch(a -> a.id().equals(first.id())));

        BookingViewModel second = newViewModel();
        second.searchTextProperty().set("be");
        second.patientProperty().set(second.getResults().getLast());
        second.prefill(day, LocalTime.of(9, 0), desk.clinic().chairs().getFirst(),
                desk.clinic().practitioners().getLast());
        second.notesProperty().set("À garder");

        second.book(booked::add);

        assertEquals(1, booked.size(), "the overlapping booking is refused");
        String refusal = second.errorProperty().get();
        assertFalse(refusal.isBlank());
        assertFalse(refusal.equals(messages.get("error.unexpected")), "the service's own reason is shown");
        assertEquals("À garder", second.notesProperty().get());
        assertEquals(LocalTime.of(9, 0), second.startProperty().get());
        assertNotNull(second.patientProperty().get());
        assertFalse(second.busyProperty().get());
    }

    @Test
    void quickCreationValidatesThenCreatesAndSelectsThePatient() {
        viewModel.birthYearProperty().set("19x5");
        viewModel.createPatient();
        String problems = viewModel.patientErrorProperty().get();
        assertTrue(problems.contains(messages.get("booking.error.lastName")), problems);
        assertTrue(problems.contains("année de naissance"), problems);
        assertNull(viewModel.patientProperty().get());

        viewModel.lastNameProperty().set("Mansouri");
        viewModel.firstNameProperty().set("Lydia");
        viewModel.sexProperty().set(Sex.FEMALE);
        viewModel.birthYearProperty().set("1990");
        viewModel.phoneProperty().set("0550 12 34 56");
        viewModel.villageProperty().set("Draria");
        viewModel.createPatient();

        assertEquals("", viewModel.patientErrorProperty().get());
        PatientSummary created = viewModel.patientProperty().get();
        assertNotNull(created);
        assertEquals("Mansouri", created.lastName().substring(0, 1) + created.lastName().substring(1).toLowerCase());
        assertEquals("+213550123456", created.phoneE164());
    }

    @Test
    void anInvalidPhoneShowsTheServiceMessageAndKeepsTheForm() {
        viewModel.lastNameProperty().set("Haddad");
        viewModel.phoneProperty().set("12");
        viewModel.createPatient();

        assertNull(viewModel.patientProperty().get());
        assertFalse(viewModel.patientErrorProperty().get().isBlank());
        assertEquals("Haddad", viewModel.lastNameProperty().get());
        assertEquals("12", viewModel.phoneProperty().get());
    }

    @Test
    void dayOfTheFreeSlotIsAWorkingDay() {
        DayOfWeek day = freeWorkingDay().getDayOfWeek();
        assertTrue(desk.clinic().profile().workingDays().contains(day));
    }
}
