package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nova.app.StoreDeskBackend;
import nova.app.WorkstationDesk;
import nova.clinic.service.SetupService;
import nova.testing.TestStores;
import nova.ui.NovaApplication;
import nova.ui.StartOptions;
import nova.ui.agenda.DayAgendaView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The workstation as a flow test runs it: a real encrypted Algiers store (with or without the demo data), the real
 * application in JavaFX's headless platform, and the session opened at login, so the test reads what was saved
 * through the same services. Logging in types the admin's name and password, as a person does.
 */
final class FlowApp {

    private final Application application;
    private final AtomicReference<WorkstationDesk> opened;

    private FlowApp(Application application, AtomicReference<WorkstationDesk> opened) {
        this.application = application;
        this.opened = opened;
    }

    static FlowApp start(Path dataDir, boolean demo) throws Exception {
        return start(dataDir, demo, Clock.systemUTC());
    }

    /** {@code clock} is the store's and the screens' (a fixed one makes « now » a chosen moment). */
    static FlowApp start(Path dataDir, boolean demo, Clock clock) throws Exception {
        TestStores.create(dataDir, "cabinet-alger", demo, clock);
        return open(dataDir, clock);
    }

    /** The application on a store the test has already made (synchronised desks, for instance). */
    static FlowApp open(Path dataDir) throws Exception {
        return open(dataDir, Clock.systemUTC());
    }

    private static FlowApp open(Path dataDir, Clock clock) throws Exception {
        StoreDeskBackend real = new StoreDeskBackend(dataDir, TestStores.access(clock),
                new SetupService(clock, TestStores.keyWrapping()), TestStores.keyWrapping());
        AtomicReference<WorkstationDesk> opened = new AtomicReference<>();
        CapturingBackend capturing = new CapturingBackend(real, opened);
        FxToolkit.registerPrimaryStage();
        Application application = FxToolkit.setupApplication(() ->
                new NovaApplication(options -> capturing, new StartOptions(dataDir, false), clock));
        return new FlowApp(application, opened);
    }

    /** Types the admin's name and password and waits for the agenda of the opened session. */
    void logIn(FxRobot robot) throws Exception {
        typeLogin(robot, TestStores.ADMIN, TestStores.PASSWORD);
        waitUntil(() -> robot.lookup("#day-agenda").tryQuery().isPresent() && opened.get() != null);
    }

    /** Types a name and a password in the login form once it is usable, then Enter. */
    static void typeLogin(FxRobot robot, String user, String password) throws Exception {
        waitUntil(() -> !robot.lookup("#login-submit").queryButton().isDisabled());
        robot.clickOn("#login-user").write(user);
        robot.clickOn("#login-password").write(password);
        robot.type(KeyCode.ENTER);
    }

    /** The login form's refusal, once there is one. */
    static String loginError(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#login-error").queryAs(Label.class).getText().isBlank());
        return fx(() -> robot.lookup("#login-error").queryAs(Label.class).getText());
    }

    /** The session opened at login. */
    WorkstationDesk desk() {
        return opened.get();
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    /**
     * The first Algiers working day (Sunday to Thursday) at least {@code days} after the day the agenda shows:
     * far enough to be past the demo appointments.
     */
    static LocalDate workingDayAhead(FxRobot robot, int days) throws Exception {
        DayAgendaView view = robot.lookup("#day-agenda").queryAs(DayAgendaView.class);
        LocalDate day = fx(view::getDate).plusDays(days);
        while (day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Shows {@code day} in the day agenda, as the date field does, and waits for it and for these nodes. */
    static void showDay(FxRobot robot, LocalDate day, String... nodes) throws Exception {
        DayAgendaView view = robot.lookup("#day-agenda").queryAs(DayAgendaView.class);
        robot.interact(() -> robot.lookup("#nav-date").queryAs(DatePicker.class).setValue(day));
        waitUntil(() -> view.getDate().equals(day)
                && java.util.Arrays.stream(nodes).allMatch(node -> robot.lookup(node).tryQuery().isPresent()));
    }
}
