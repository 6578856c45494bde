package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.app.StoreDeskBackend;
import nova.app.WorkstationDesk;
import nova.clinic.service.SetupService;
import nova.patient.domain.PatientSummary;
import nova.testing.TestStores;
import nova.ui.NovaApplication;
import nova.ui.StartOptions;
import nova.ui.login.LoginGateway;
import nova.ui.session.DeskBackend;
import nova.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The walk-in queue on a real demo store, on a working Monday at 10:07 (a fixed clock for the store and the
 * screens): « Patient sans rendez-vous » books the first free chair from now and the patient is in the waiting room.
 */
class WalkInFlowTest extends FxRobot {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");

    @TempDir
    Path dataDir;

    private Application application;
    private final AtomicReference<WorkstationDesk> opened = new AtomicReference<>();
    private ZonedDateTime now;

    @BeforeEach
    void start() throws Exception {
        LocalDate monday = LocalDate.now(ALGIERS).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        now = ZonedDateTime.of(monday, LocalTime.of(10, 7), ALGIERS);
        Clock clock = Clock.fixed(now.toInstant(), ALGIERS);
        TestStores.create(dataDir, "cabinet-alger", true, clock);
        StoreDeskBackend real = new StoreDeskBackend(dataDir, TestStores.access(clock),
                new SetupService(clock, TestStores.keyWrapping()), TestStores.keyWrapping());
        DeskBackend capturing = new DeskBackend() {
            @Override
            public boolean storeExists() {
                return real.storeExists();
            }

            @Override
            public void createDemoStore() throws nova.ui.support.UserMessageException {
                real.createDemoStore();
            }

            @Override
            public DemoAccount demoAccount() {
                return real.demoAccount();
            }

            @Override
            public LoginGateway loginGateway() {
                LoginGateway gateway = real.loginGateway();
                return (user, password) -> {
                    var session = gateway.open(user, password);
                    opened.set((WorkstationDesk) session);
                    return session;
                };
            }

            @Override
            public nova.ui.wizard.ClinicCreator clinicCreator() {
                return real.clinicCreator();
            }
        };
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() ->
                new NovaApplication(options -> capturing, new StartOptions(dataDir, false), clock));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWalkInIsBookedOnTheFirstFreeChairAndWaits() throws Exception {
        waitUntil(() -> !lookup("#login-submit").queryButton().isDisabled());
        clickOn("#login-user").write(TestStores.ADMIN);
        clickOn("#login-password").write(TestStores.PASSWORD);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#side-panel").tryQuery().isPresent() && opened.get() != null);
        var agenda = opened.get().workstation().agenda();
        PatientSummary patient = opened.get().workstation().patients().search("ouali", 1).getFirst();
        List<AppointmentView> before = agenda.day(now.toLocalDate());

        interact(() -> {
            TabPane side = lookup("#side-panel").queryAs(TabPane.class);
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> "tab-waiting".equals(t.getId())).findFirst().orElseThrow());
        });
        waitUntil(() -> lookup("#walkin").query().isVisible());
        clickOn("#walkin");
        waitUntil(() -> lookup("#walkin-search").tryQuery().isPresent());
        clickOn("#walkin-search").write("ouali");
        waitUntil(() -> !lookup("#walkin-results").queryListView().getItems().isEmpty()
                && !lookup("#walkin-confirm").queryButton().isDisabled());
        clickOn("#walkin-confirm");

        // Booked, then marked arrived: two writes; wait for the second.
        waitUntil(() -> agenda.day(now.toLocalDate()).stream().anyMatch(a -> a.status() == AppointmentStatus.ARRIVED
                && before.stream().noneMatch(b -> b.id().equals(a.id()))));
        assertEquals(before.size() + 1, agenda.day(now.toLocalDate()).size());
        AppointmentView walkIn = agenda.day(now.toLocalDate()).stream()
                .filter(a -> before.stream().noneMatch(b -> b.id().equals(a.id()))).findFirst().orElseThrow();
        assertEquals(patient.id(), walkIn.patientId());
        assertEquals(AppointmentStatus.ARRIVED, walkIn.status());
        assertFalse(walkIn.start().isBefore(now), "not in the past: " + walkIn.start());
        assertEquals(0, walkIn.start().getMinute() % 15, "on a quarter hour");
        assertTrue(walkIn.start().isBefore(now.plusHours(8)), "today");
        assertTrue(agenda.history(walkIn.id()).stream().anyMatch(h -> h.to() == AppointmentStatus.ARRIVED));
        @SuppressWarnings("unchecked")
        ListView<TodayViewModel.Waiting> waiting = lookup("#waiting-list").queryAs(ListView.class);
        waitUntil(() -> waiting.getItems().stream().anyMatch(w -> w.appointment().id().equals(walkIn.id())));
    }
}
