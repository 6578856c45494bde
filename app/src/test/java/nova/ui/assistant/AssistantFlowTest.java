package nova.ui.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.app.StoreDeskBackend;
import nova.app.Workstation;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.clinic.service.SetupService;
import nova.patient.domain.PatientSummary;
import nova.testing.TestStores;
import nova.ui.NovaApplication;
import nova.ui.StartOptions;
import nova.ui.agenda.DayAgendaView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The receptionist's path through the assistant bar on a real encrypted demo store, in JavaFX's headless
 * platform: a French request becomes a preview card (local engine), « Continuer » opens the booking dialog filled
 * in, the booking appears in the agenda; a cancellation request asks before cancelling.
 */
class AssistantFlowTest extends FxRobot {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dataDir;

    private Application application;
    private LocalDate day;
    private String dayName;
    private String amraniPhone;

    @BeforeEach
    void startOnDemoStore() throws Exception {
        TestStores.create(dataDir, "cabinet-alger", true);
        day = nextWorkingDay(LocalDate.now(ALGIERS));
        dayName = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        clearTheWay();
        StoreDeskBackend backend = new StoreDeskBackend(dataDir, TestStores.access(),
                new SetupService(Clock.systemUTC(), TestStores.keyWrapping()), TestStores.keyWrapping());
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() ->
                new NovaApplication(options -> backend, new StartOptions(dataDir, false), Clock.systemUTC()));
    }

    /** The demo week fills the chairs: that day's 10:00 and Amrani's own appointments are cancelled first. */
    private void clearTheWay() throws Exception {
        try (Workstation workstation = TestStores.login(dataDir)) {
            PatientSummary amrani = workstation.patients().search("Amrani", 1).getFirst();
            // As the caller would say it: 0XXX XX XX XX.
            String national = "0" + amrani.phoneE164().substring(4);
            amraniPhone = national.substring(0, 4) + " " + national.substring(4, 6) + " " + national.substring(6, 8)
                    + " " + national.substring(8);
            for (AppointmentView a : workstation.agenda().forPatient(amrani.id())) {
                cancelIfOpen(workstation, a);
            }
            for (AppointmentView a : workstation.agenda().day(day)) {
                if (a.start().toLocalTime().isBefore(LocalTime.of(11, 0))
                        && a.end().toLocalTime().isAfter(LocalTime.of(10, 0))) {
                    cancelIfOpen(workstation, a);
                }
            }
        }
    }

    private static void cancelIfOpen(Workstation workstation, AppointmentView a) {
        if (a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.CONFIRMED) {
            workstation.agenda().changeStatus(a.id(), AppointmentStatus.CANCELLED, "préparation du test");
        }
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aRequestIsPreviewedThenBookedThroughTheDialogThenCancelledOnlyAfterAsking() throws Exception {
        logIn();
        DayAgendaView agenda = lookup("#day-agenda").queryAs(DayAgendaView.class);
        waitUntil(() -> !agenda.getItems().isEmpty());

        push(KeyCode.CONTROL, KeyCode.K);
        waitUntil(() -> lookup("#assistant-field").query().isFocused());
        write("RDV " + dayName + " à 10h pour Mme Amrani " + amraniPhone);
        type(KeyCode.ENTER);

        waitUntil(() -> lookup("#assistant-card").query().isVisible()
                && "Prendre un rendez-vous".equals(text("#assistant-title")));
        assertEquals("Réponse : moteur local", fx(() -> text("#assistant-engine")));
        assertTrue(lookup("#booking-dialog").tryQuery().isEmpty(), "nothing opens before « Continuer »");
        clickOn("#assistant-continue");

        waitUntil(() -> lookup("#booking-search").tryQuery().isPresent());
        assertTrue(fx(() -> lookup("#booking-search").queryAs(TextField.class).getText()).contains("Amrani"));
        assertEquals(day, fx(() -> lookup("#booking-date").queryAs(DatePicker.class).getValue()));
        assertEquals(LocalTime.of(10, 0), fx(() -> lookup("#booking-start").queryAs(ComboBox.class).getValue()));
        // The caller's phone number is on file: that patient is chosen without a click.
        waitUntil(() -> text("#booking-chosen").toUpperCase(Locale.ROOT).contains("AMRANI"));
        ListView<PatientSummary> results = lookup("#booking-results").queryListView();
        PatientSummary amrani = fx(() -> results.getItems().stream()
                .filter(p -> p.lastName().equalsIgnoreCase("AMRANI")).findFirst().orElseThrow());
        chooseFirstChairAndPractitioner();
        clickOn("#booking-save");
        waitUntil(() -> lookup("#booking-dialog").tryQuery().isEmpty());

        waitUntil(() -> agenda.getDate().equals(day) && agenda.getItems().stream()
                .anyMatch(a -> isOurBooking(a, amrani)));
        AppointmentView booked = fx(() -> agenda.getItems().stream()
                .filter(a -> isOurBooking(a, amrani)).findFirst().orElseThrow());
        assertEquals(LocalTime.of(10, 0), booked.start().toLocalTime());

        // The cancellation: the card, then the appointment found and a question; only « Oui » cancels.
        push(KeyCode.CONTROL, KeyCode.K);
        write("Mme Amrani annule son RDV de " + dayName);
        type(KeyCode.ENTER);
        waitUntil(() -> "Annuler un rendez-vous".equals(text("#assistant-title")));
        clickOn("#assistant-continue");
        waitUntil(() -> lookup("#assistant-confirm").query().isVisible());
        assertTrue(fx(() -> text("#assistant-change-question")).startsWith("Annuler le rendez-vous de"));
        assertEquals("Annulé par téléphone", fx(() -> lookup("#assistant-reason").queryAs(TextField.class).getText()));
        assertEquals(AppointmentStatus.BOOKED, fx(() -> statusOf(agenda, booked)), "asked, not cancelled yet");

        clickOn("#assistant-confirm");
        waitUntil(() -> statusOf(agenda, booked) == AppointmentStatus.CANCELLED);
        assertTrue(fx(() -> text("#assistant-status")).contains("annulé"));
    }

    private boolean isOurBooking(AppointmentView a, PatientSummary amrani) {
        return a.patientId().equals(amrani.id()) && a.status() == AppointmentStatus.BOOKED
                && a.start().toLocalDate().equals(day);
    }

    private AppointmentStatus statusOf(DayAgendaView agenda, AppointmentView appointment) {
        return agenda.getItems().stream().filter(a -> a.id().equals(appointment.id())).findFirst()
                .map(AppointmentView::status).orElse(null);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private void chooseFirstChairAndPractitioner() {
        interact(() -> {
            ComboBox<Chair> chair = lookup("#booking-chair").queryAs(ComboBox.class);
            chair.setValue(chair.getItems().getFirst());
            ComboBox<Practitioner> practitioner = lookup("#booking-practitioner").queryAs(ComboBox.class);
            practitioner.setValue(practitioner.getItems().getFirst());
        });
    }

    private void logIn() throws Exception {
        waitUntil(() -> !lookup("#login-submit").queryButton().isDisabled());
        clickOn("#login-user").write(TestStores.ADMIN);
        clickOn("#login-password").write(TestStores.PASSWORD);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#day-agenda").tryQuery().isPresent());
    }

    /** The first Sunday–Thursday after today: a bare weekday in a request means its next occurrence. */
    private static LocalDate nextWorkingDay(LocalDate today) {
        LocalDate d = today.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return Optional.ofNullable(fx(condition)).orElse(false);
            } catch (Exception notYet) {
                return false;
            }
        });
    }
}
