package nova.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import nova.app.WorkstationDesk;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ResourceSetting;
import nova.testing.TestStores;
import nova.ui.agenda.AgendaColumn;
import nova.ui.main.AgendaViewModel;
import nova.ui.session.ClinicAdmin;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « Réglages › Cabinet, Praticiens, Fauteuils, Types de soin, Fermetures » on a real store, without the toolkit; and
 * the open agenda following what was saved, without a restart.
 */
class ClinicSettingsViewModelsTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 7);

    @TempDir
    Path dir;

    private WorkstationDesk desk;
    private ClinicAdmin admin;
    private final Messages messages = new Messages();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private Clock clock;

    @BeforeEach
    void open() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        desk = new WorkstationDesk(TestStores.login(dir));
        admin = desk.clinicAdmin().orElseThrow();
        clock = Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(ALGIERS).toInstant(), ALGIERS);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ClinicDetailsViewModel clinicDetails() {
        ClinicDetailsViewModel viewModel = new ClinicDetailsViewModel(admin, executor, messages,
                desk.clinic().profile().workingDays());
        viewModel.load();
        return viewModel;
    }

    @Test
    void theClinicFormShowsTheProfileWarnsOnAZoneChangeAndRefusesWrongHours() {
        ClinicDetailsViewModel viewModel = clinicDetails();
        assertEquals("Cabinet dentaire Daboussy", viewModel.nameProperty().get());
        assertEquals("Africa/Algiers", viewModel.zoneProperty().get());
        assertEquals("08:00", viewModel.week().openingProperty().get());
        assertEquals(DayOfWeek.SUNDAY, viewModel.weekOrder().getFirst(), "the Algiers week starts on Sunday");
        assertTrue(viewModel.zoneWarningProperty().get().isEmpty());

        viewModel.zoneProperty().set("Africa/Bamako");
        assertTrue(viewModel.zoneWarningProperty().get().contains("gardent leur instant"),
                viewModel.zoneWarningProperty().get());
        viewModel.zoneProperty().set("Africa/Algiers");
        assertTrue(viewModel.zoneWarningProperty().get().isEmpty());

        viewModel.week().openingProperty().set("18h");
        AtomicBoolean closed = new AtomicBoolean();
        viewModel.save(() -> closed.set(true));
        assertEquals("L’ouverture doit précéder la fermeture.", viewModel.errorProperty().get());
        assertFalse(closed.get());
        viewModel.week().openingProperty().set("8h30");
        viewModel.week().breakEndProperty().set("");
        viewModel.save(() -> closed.set(true));
        assertTrue(viewModel.errorProperty().get().contains("pause"), viewModel.errorProperty().get());

        viewModel.week().breakEndProperty().set("13:00");
        viewModel.week().dayProperty(DayOfWeek.SATURDAY).set(true);
        viewModel.phoneProperty().set("+213 21 00 11 22");
        viewModel.callingCodeProperty().set("+213");
        viewModel.save(() -> closed.set(true));
        assertEquals("", viewModel.errorProperty().get());
        assertTrue(closed.get());
        assertEquals(LocalTime.of(8, 30), desk.clinic().profile().opening(), "the session's snapshot follows");
        assertTrue(desk.clinic().profile().workingDays().contains(DayOfWeek.SATURDAY));
        assertEquals("+213 21 00 11 22", admin.details().phone());
    }

    @Test
    void aPractitionerWithOwnHoursIsAddedAndTheOpenAgendaShowsItsColumnShadedByThem() {
        AgendaViewModel agenda = new AgendaViewModel(desk, executor, messages, clock);
        agenda.groupingProperty().set(nova.ui.agenda.AgendaGrouping.PRACTITIONER);
        agenda.refresh();
        int before = agenda.columnsProperty().get().size();

        ResourceSettingsViewModel viewModel = new ResourceSettingsViewModel(ResourceSettingsViewModel.Kind.PRACTITIONER,
                admin, desk.clinic().profile(), executor, messages);
        viewModel.load();
        assertEquals("Praticiens", viewModel.title());
        viewModel.startNew();
        viewModel.nameProperty().set("Dr Haddad");
        viewModel.specialityProperty().set("Parodontiste");
        viewModel.ownHoursProperty().set(true);
        for (DayOfWeek day : DayOfWeek.values()) {
            viewModel.week().dayProperty(day).set(day == DayOfWeek.SUNDAY || day == DayOfWeek.MONDAY
                    || day == DayOfWeek.TUESDAY);
        }
        viewModel.week().closingProperty().set("12:00");
        viewModel.week().breakStartProperty().set("");
        viewModel.week().breakEndProperty().set("");
        viewModel.save();

        assertEquals("", viewModel.errorProperty().get());
        ResourceSetting saved = viewModel.selectedProperty().get();
        assertEquals("Dr Haddad", saved.name());
        assertTrue(viewModel.itemText(saved).contains("dim., lun., mar. · 08:00–12:00"), viewModel.itemText(saved));

        agenda.refresh();
        assertEquals(before + 1, agenda.columnsProperty().get().size(), "a new column without restart");
        AgendaColumn column = agenda.columnsProperty().get().getLast();
        assertEquals("Dr Haddad", column.title());
        assertEquals(LocalTime.NOON, column.ownHours().closing());
        assertFalse(column.ownHours().hasBreak());

        viewModel.toggleActive();
        assertFalse(viewModel.selectedProperty().get().active());
        assertTrue(viewModel.itemText(viewModel.selectedProperty().get()).contains("désactivé"));
        assertEquals("Réactiver", viewModel.toggleText());
        agenda.refresh();
        assertEquals(before, agenda.columnsProperty().get().size(), "a deactivated practitioner leaves the agenda");
    }

    @Test
    void aChairFormRefusesAMissingNameAndAnEmptyWeek() {
        ResourceSettingsViewModel viewModel = new ResourceSettingsViewModel(ResourceSettingsViewModel.Kind.CHAIR,
                admin, desk.clinic().profile(), executor, messages);
        viewModel.load();
        assertEquals("Fauteuils", viewModel.title());
        assertFalse(viewModel.hasSpeciality());
        viewModel.save();
        assertEquals("Le nom est obligatoire.", viewModel.errorProperty().get());
        viewModel.nameProperty().set("Fauteuil 4");
        viewModel.ownHoursProperty().set(true);
        for (DayOfWeek day : DayOfWeek.values()) {
            viewModel.week().dayProperty(day).set(false);
        }
        viewModel.save();
        assertEquals("Cochez au moins un jour travaillé.", viewModel.errorProperty().get());
        viewModel.ownHoursProperty().set(false);
        viewModel.save();
        assertEquals("", viewModel.errorProperty().get());
        assertNull(viewModel.selectedProperty().get().ownHours());
        assertTrue(desk.clinic().chairs().stream().anyMatch(c -> c.name().equals("Fauteuil 4")));
        // The service's own refusal comes back as the form's error.
        viewModel.startNew();
        viewModel.nameProperty().set("fauteuil 4");
        viewModel.save();
        assertTrue(viewModel.errorProperty().get().contains("existe déjà"), viewModel.errorProperty().get());
    }

    @Test
    void aCscomCallsItsChairsRooms() throws Exception {
        var cscom = new nova.clinic.domain.ClinicProfile("CSCOM", "Kati", ZoneId.of("Africa/Bamako"), 223,
                java.util.EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), null, null,
                ClinicKind.CSCOM);
        ResourceSettingsViewModel viewModel = new ResourceSettingsViewModel(ResourceSettingsViewModel.Kind.CHAIR,
                admin, cscom, executor, messages);
        assertEquals("Salles", viewModel.title());
    }

    @Test
    void aCareTypeIsAddedWithItsDurationAndColourAndOfferedAtOnce() {
        CareTypeSettingsViewModel viewModel = new CareTypeSettingsViewModel(admin, executor, messages);
        viewModel.load();
        int before = viewModel.itemsProperty().get().size();
        viewModel.startNew();
        viewModel.labelProperty().set("Blanchiment");
        viewModel.durationProperty().set("3");
        viewModel.save();
        assertTrue(viewModel.errorProperty().get().contains("entre 5 et 480"), viewModel.errorProperty().get());
        viewModel.durationProperty().set("90");
        viewModel.colourProperty().set("#F59E0B");
        viewModel.save();
        assertEquals("", viewModel.errorProperty().get());
        assertEquals(before + 1, viewModel.itemsProperty().get().size());
        assertEquals("Blanchiment · 90 min", viewModel.itemText(viewModel.selectedProperty().get()));
        assertTrue(desk.clinic().careTypes().stream().anyMatch(c -> c.label().equals("Blanchiment")
                && c.durationMinutes() == 90 && c.colorHex().equals("#F59E0B")), "a booking choice at once");

        viewModel.labelProperty().set("Blanchiment dentaire");
        viewModel.save();
        assertEquals("blanchiment", viewModel.selectedProperty().get().code(), "renaming keeps the code");
        assertEquals("Blanchiment dentaire", viewModel.selectedProperty().get().careType().label());
    }

    @Test
    void aClosingOverBookedDaysIsSavedAndWarnsAboutTheAppointmentsStillThere() throws Exception {
        LocalDate day = LocalDate.of(2027, 3, 14);
        var patient = desk.workstation().patients().create(new nova.patient.domain.NewPatient("Benali", "Karim",
                nova.patient.domain.Sex.MALE, 1980, null, null, null, null));
        var booked = desk.book(new nova.agenda.domain.BookingRequest(patient.id(),
                desk.clinic().careTypes().getFirst().code(), desk.clinic().practitioners().getFirst().id(),
                desk.clinic().chairs().getFirst().id(), day.atTime(9, 0).atZone(ALGIERS), 0, null, "TEST"));
        ClosingSettingsViewModel viewModel = new ClosingSettingsViewModel(admin, executor, messages, TODAY);
        viewModel.load();
        viewModel.firstDayProperty().set(day);
        viewModel.lastDayProperty().set(day.plusDays(1));
        viewModel.reasonProperty().set("Travaux");
        viewModel.save();

        // Named before anything is saved; cancelling saves nothing.
        assertTrue(viewModel.booked().pendingProperty().get());
        assertEquals("1 rendez-vous est prévu pendant ces jours de fermeture :",
                viewModel.booked().headerProperty().get());
        assertEquals("dim. 14 mars 2027 à 09:00 · " + booked.patientName(),
                viewModel.booked().appointmentsProperty().get());
        viewModel.reasonProperty().set("Travaux de peinture");
        assertFalse(viewModel.booked().pendingProperty().get(), "edited under the warning: it no longer applies");
        assertTrue(admin.closings().isEmpty());
        viewModel.reasonProperty().set("Travaux");
        assertTrue(viewModel.itemsProperty().get().isEmpty());

        viewModel.save();
        viewModel.booked().confirm();
        assertFalse(viewModel.booked().pendingProperty().get());
        assertEquals(1, admin.closings().size());
        assertEquals("", viewModel.errorProperty().get());
        assertEquals("Fermeture enregistrée. 1 rendez-vous reste prévu pendant ces jours : déplacez-le ou "
                + "annulez-le en prévenant les patients.", viewModel.statusProperty().get());
        assertEquals(java.util.List.of(booked.id()), desk.range(day, day.plusDays(1)).stream()
                .map(nova.agenda.domain.AppointmentView::id).toList(), "the closing moves nothing");

        viewModel.firstDayProperty().set(day.plusDays(7));
        viewModel.lastDayProperty().set(day.plusDays(7));
        viewModel.reasonProperty().set("Formation");
        viewModel.save();
        assertEquals("Réglages enregistrés.", viewModel.statusProperty().get(), "nothing booked, no warning");
    }

    @Test
    void newOwnHoursNameTheAppointmentsLeftOutsideAndSaveOnlyOnceConfirmed() throws Exception {
        LocalDate sunday = LocalDate.of(2027, 3, 14);
        var patient = desk.workstation().patients().create(new nova.patient.domain.NewPatient("Benali", "Karim",
                nova.patient.domain.Sex.MALE, 1980, null, null, null, null));
        ResourceSetting practitioner = admin.practitioners().getFirst();
        for (int week = 0; week < 8; week++) {
            desk.book(new nova.agenda.domain.BookingRequest(patient.id(), desk.clinic().careTypes().getFirst().code(),
                    practitioner.id(), desk.clinic().chairs().getFirst().id(),
                    sunday.plusWeeks(week).atTime(15, 0).atZone(ALGIERS), 0, null, "TEST"));
        }
        ResourceSettingsViewModel viewModel = new ResourceSettingsViewModel(ResourceSettingsViewModel.Kind.PRACTITIONER,
                admin, desk.clinic().profile(), executor, messages);
        viewModel.load();
        viewModel.selectedProperty().set(viewModel.itemsProperty().get().getFirst());
        viewModel.ownHoursProperty().set(true);
        viewModel.week().closingProperty().set("12:00");
        viewModel.week().breakStartProperty().set("");
        viewModel.week().breakEndProperty().set("");
        viewModel.save();

        BookedWarning warning = viewModel.booked();
        assertTrue(warning.pendingProperty().get());
        assertEquals("8 rendez-vous à venir tombent en dehors des nouveaux horaires de " + practitioner.name() + " :",
                warning.headerProperty().get());
        String[] lines = warning.appointmentsProperty().get().split("\n");
        assertEquals(BookedWarning.SHOWN + 1, lines.length, warning.appointmentsProperty().get());
        assertTrue(lines[0].startsWith("dim. 14 mars 2027 à 15:00 · "), lines[0]);
        assertEquals("… et 2 autres rendez-vous", lines[BookedWarning.SHOWN]);
        assertFalse(admin.practitioners().getFirst().hasOwnHours(), "nothing saved while the warning waits");

        warning.cancel();
        assertFalse(warning.pendingProperty().get());
        assertFalse(admin.practitioners().getFirst().hasOwnHours(), "cancelled: nothing saved");

        viewModel.save();
        assertTrue(warning.pendingProperty().get());
        viewModel.week().closingProperty().set("13:00");
        assertFalse(warning.pendingProperty().get(), "hours edited under the warning: it no longer applies");
        viewModel.week().closingProperty().set("12:00");

        viewModel.save();
        warning.confirm();
        assertEquals("", viewModel.errorProperty().get());
        assertEquals("Enregistré. 8 rendez-vous restent à déplacer.", viewModel.statusProperty().get());
        assertEquals(LocalTime.NOON, admin.practitioners().getFirst().ownHours().closing());
        assertEquals(8, desk.range(sunday, sunday.plusWeeks(8)).stream()
                .filter(a -> a.start().getHour() == 15).count(), "the appointments stay where they were");

        // A rename that keeps the hours asks nothing.
        viewModel.nameProperty().set(practitioner.name() + " B.");
        viewModel.save();
        assertFalse(warning.pendingProperty().get());
        assertEquals(practitioner.name() + " B.", admin.practitioners().getFirst().name());
    }

    @Test
    void aDeactivatedChairKeepsAColumnOnTheDaysItHasAppointments() throws Exception {
        LocalDate day = LocalDate.of(2027, 3, 14);
        var chair = desk.clinic().chairs().getLast();
        var patient = desk.workstation().patients().create(new nova.patient.domain.NewPatient("Haddad", "Lina",
                nova.patient.domain.Sex.FEMALE, 1990, null, null, null, null));
        desk.book(new nova.agenda.domain.BookingRequest(patient.id(), desk.clinic().careTypes().getFirst().code(),
                desk.clinic().practitioners().getFirst().id(), chair.id(), day.atTime(10, 0).atZone(ALGIERS), 0,
                null, "TEST"));
        admin.setChairActive(chair.id(), false);

        AgendaViewModel agenda = new AgendaViewModel(desk, executor, messages, clock);
        agenda.goTo(day);
        assertEquals(chair.name() + " (désactivé)", agenda.columnsProperty().get().getLast().title());
        assertEquals(chair.id(), agenda.columnsProperty().get().getLast().key());
        agenda.goTo(day.plusDays(7));
        assertTrue(agenda.columnsProperty().get().stream().noneMatch(c -> c.key().equals(chair.id())),
                "no column on a day without its appointments");
    }

    @Test
    void aClosingIsAddedAndTheAgendaNamesItsReasonOnThatDay() {
        LocalDate first = LocalDate.of(2027, 8, 1);
        ClosingSettingsViewModel viewModel = new ClosingSettingsViewModel(admin, executor, messages, TODAY);
        viewModel.load();
        viewModel.firstDayProperty().set(first);
        viewModel.lastDayProperty().set(first.plusDays(14));
        viewModel.save();
        assertEquals("Indiquez la raison de la fermeture.", viewModel.errorProperty().get());
        viewModel.reasonProperty().set("Fermeture annuelle");
        viewModel.save();
        assertEquals("", viewModel.errorProperty().get());
        assertEquals(1, viewModel.itemsProperty().get().size());
        assertTrue(viewModel.itemText(viewModel.itemsProperty().get().getFirst()).endsWith("· Fermeture annuelle"));

        AgendaViewModel agenda = new AgendaViewModel(desk, executor, messages, clock);
        agenda.goTo(first.plusDays(3));
        assertEquals("Cabinet fermé ce jour-là : Fermeture annuelle.", agenda.closedNoticeProperty().get());
        assertTrue(agenda.columnsProperty().get().stream().allMatch(AgendaColumn::isClosed));
        agenda.goTo(first.plusDays(15));
        assertEquals("", agenda.closedNoticeProperty().get());

        viewModel.selectedProperty().set(viewModel.itemsProperty().get().getFirst());
        viewModel.remove();
        assertTrue(viewModel.itemsProperty().get().isEmpty());
        agenda.goTo(first.plusDays(3));
        assertEquals("", agenda.closedNoticeProperty().get());
    }
}
