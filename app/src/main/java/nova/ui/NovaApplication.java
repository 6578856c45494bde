package nova.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nova.ui.login.LoginView;
import nova.ui.login.LoginViewModel;
import nova.ui.main.AgendaViewModel;
import nova.ui.main.MainView;
import nova.ui.session.DeskBackend;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.DialogService;
import nova.ui.support.FxDialogService;
import nova.ui.support.FxTaskExecutor;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;
import nova.ui.wizard.WizardView;
import nova.ui.wizard.WizardViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation window. Start-up is ordered for a fast first frame: the login card is built and shown at once,
 * while the store check (and the class loading of the persistence stack it triggers) runs in the background; then
 * the wizard replaces it when there is no store yet. After login the main window reuses the same stage.
 *
 * <p>This is also the composition root of the screens: view models get their services here, by constructor.
 */
public final class NovaApplication extends Application {

    /** Looked up when first needed: starting the logging framework must not delay the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(NovaApplication.class);
    }
    private static final double MAIN_WIDTH = 1360;
    private static final double MAIN_HEIGHT = 860;

    private final Function<StartOptions, DeskBackend> backends;
    private final StartOptions options;
    private final Clock clock;
    private Messages messages;
    private TaskExecutor executor;
    private DialogService dialogs;
    private DeskBackend backend;
    private DeskSession session;
    private Stage stage;
    private Scene scene;
    private LoginViewModel loginViewModel;
    private long loginStartedNanos;
    private boolean firstFrameDone;
    private boolean storePrepared;

    /** Used by {@code Application.launch}: the command line handed its options to {@link GuiLauncher}. */
    public NovaApplication() {
        this(GuiLauncher.backends(), GuiLauncher.options(), Clock.systemUTC());
    }

    /** Used by tests: a given back-end and clock. */
    public NovaApplication(Function<StartOptions, DeskBackend> backends, StartOptions options, Clock clock) {
        this.backends = Objects.requireNonNull(backends);
        this.options = Objects.requireNonNull(options);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void start(Stage primaryStage) {
        if (StartupMarkers.enabled()) {
            System.out.println(StartupMarkers.TOOLKIT_READY + StartupMarkers.sinceJvmStart());
        }
        Locale.setDefault(Locale.FRANCE);
        stage = primaryStage;
        messages = new Messages();
        executor = new FxTaskExecutor();
        dialogs = new FxDialogService(() -> stage, messages);
        NovaTheme.installUserAgentStylesheet();

        loginViewModel = new LoginViewModel((user, password) -> backend.loginGateway().open(user, password),
                executor, messages, null, null, this::showMain);
        LoginView loginView = new LoginView(loginViewModel, messages);
        loginViewModel.busyProperty().addListener((obs, old, busy) -> {
            if (busy) {
                loginStartedNanos = System.nanoTime();
            }
        });
        loginViewModel.preparing(messages.get("login.checking"));

        // One window size from the start: the login card sits in the middle of what becomes the main window, so
        // nothing has to be resized (and re-laid out) after login.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = NovaTheme.apply(new Scene(loginView.root(), Math.min(MAIN_WIDTH, screen.getWidth()),
                Math.min(MAIN_HEIGHT, screen.getHeight())));
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(880);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // Background work starts once the first frame is out: on two cores it would otherwise compete with it.
        stage.setOnShown(e -> StartupMarkers.afterNextPulse(scene, () -> {
            firstFrameShown();
            prepareStore();
        }));
        stage.show();
    }

    private void firstFrameShown() {
        if (StartupMarkers.enabled()) {
            System.out.println(StartupMarkers.FIRST_FRAME + StartupMarkers.sinceJvmStart());
            System.out.flush();
        }
        firstFrameDone = true;
        exitIfTrainingRunDone();
    }

    /**
     * {@code -Dnova.exitAfterFirstFrame=true} (the installer's CDS/AOT training run) leaves once the first frame is
     * shown and the background store check is over: never in the middle of creating a store, and the persistence
     * classes that check loads end up in the archive too.
     */
    private void exitIfTrainingRunDone() {
        if (Boolean.getBoolean("nova.exitAfterFirstFrame") && firstFrameDone && storePrepared) {
            Platform.exit();
        }
    }

    /**
     * {@code -Dnova.training.warmUp=false} with {@code nova.exitAfterFirstFrame}: the training run leaves once the
     * store is checked, without the warm-up, so the AOT cache holds what the login screen needs and not the
     * persistence stack (the installer's smaller cache, see installer/README.md).
     */
    private static boolean trainingStopsBeforeWarmUp() {
        return Boolean.getBoolean("nova.exitAfterFirstFrame")
                && "false".equals(System.getProperty("nova.training.warmUp"));
    }

    /** In the background: build the back-end, find the store, create the demo one when asked. */
    private void prepareStore() {
        BackgroundTask.wrap(() -> {
                    backend = backends.apply(options);
                    if (!backend.storeExists() && options.demo()) {
                        backend.createDemoStore();
                    }
                    return new StoreState(backend.storeExists(), backend.clinicName().orElse(null));
                })
                .onSuccess(state -> {
                    if (state.exists()) {
                        DeskBackend.DemoAccount demo = backend.demoAccount();
                        loginViewModel.ready(state.clinicName(), options.demo()
                                ? messages.format("login.demo", demo.user(), demo.password()) : null);
                    } else {
                        showWizard();
                    }
                    if (trainingStopsBeforeWarmUp()) {
                        storePrepared = true;
                        exitIfTrainingRunDone();
                    } else {
                        warmUp(state.exists());
                    }
                })
                .onFailure(failure -> {
                    log().error("The data directory could not be prepared", failure);
                    storePrepared = true;
                    loginViewModel.ready(null, null);
                    dialogs.showError(messages.get("error.unexpected.title"),
                            failure instanceof UserMessageException ? failure.getMessage()
                                    : messages.get("error.unexpected"), failure);
                })
                .executeWith(executor);
    }

    /**
     * While the user types: load the persistence stack on a throwaway store (see {@link DeskBackend#warmUp}), then
     * rehearse the main window on it off screen ({@link MainWindowRehearsal}).
     */
    private void warmUp(boolean storeExists) {
        long started = System.nanoTime();
        Runnable finished = () -> {
            log().info("event=warm_up_done ms={}", (System.nanoTime() - started) / 1_000_000);
            if (StartupMarkers.enabled()) {
                System.out.println(StartupMarkers.WARMED_UP + (System.nanoTime() - started) / 1_000_000);
            }
            storePrepared = true;
            exitIfTrainingRunDone();
            if (storeExists) {
                autoLoginForBenchmark();
            }
        };
        BackgroundTask.wrap(backend::warmUp)
                .onSuccess(rehearsal -> rehearsal.ifPresentOrElse(desk -> rehearse(desk, finished), finished))
                .onFailure(failure -> {
                    log().warn("Warm-up failed; the first login will just be slower", failure);
                    finished.run();
                })
                .executeWith(executor);
    }

    private void rehearse(DeskSession desk, Runnable finished) {
        if (session != null) {
            // Someone logged in faster than the warm-up: the real window is there, no rehearsal needed.
            BackgroundTask.wrap(desk::close).onFinished(finished).executeWith(executor);
            return;
        }
        try {
            MainWindowRehearsal.run(desk, scene.getWidth(), scene.getHeight(), executor, messages, clock, dialogs,
                    stage, finished);
        } catch (RuntimeException e) {
            log().warn("The main window rehearsal failed; the first login will just be slower", e);
        }
    }

    private void autoLoginForBenchmark() {
        // The benchmark measures login -> painted agenda on the demo store, whose credentials are public.
        if (Boolean.getBoolean("nova.bench.autoLogin") && options.demo()) {
            loginViewModel.userProperty().set(backend.demoAccount().user());
            loginViewModel.passwordProperty().set(backend.demoAccount().password());
            loginViewModel.login();
        }
    }

    private void showWizard() {
        WizardViewModel wizard = new WizardViewModel(backend.clinicCreator(), executor, messages, options.demo(),
                () -> {
                    scene.setRoot(new LoginView(loginViewModel, messages).root());
                    BackgroundTask.wrap(() -> backend.clinicName().orElse(null))
                            .onSuccess(name -> loginViewModel.ready(name, null))
                            .onFailure(failure -> loginViewModel.ready(null, null))
                            .executeWith(executor);
                });
        scene.setRoot(new WizardView(wizard, messages).root());
    }

    private void showMain(DeskSession opened) {
        session = opened;
        mark(StartupMarkers.SESSION_OPEN);
        // The day's appointments are read in the background while this thread builds the main window.
        MainWindow window = MainWindow.build(session, executor, messages, clock, dialogs, () -> stage);
        AgendaViewModel agenda = window.agenda();
        MainView main = window.view();
        mark(StartupMarkers.MAIN_BUILT);
        if (StartupMarkers.enabled()) {
            agenda.loadsProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable observable) {
                    agenda.loadsProperty().removeListener(this);
                    StartupMarkers.afterNextPulse(scene, () -> {
                        System.out.println(StartupMarkers.AGENDA_PAINTED
                                + (System.nanoTime() - loginStartedNanos) / 1_000_000);
                        System.out.flush();
                        if (Boolean.getBoolean("nova.bench.exitAfterAgenda")) {
                            Platform.exit();
                        }
                    });
                }
            });
        }
        stage.setTitle(messages.format("main.title", agenda.clinicName()));
        scene.setRoot(main.root());
        mark(StartupMarkers.MAIN_SHOWN);
    }

    /** A phase of the login benchmark, in ms since the login was submitted. */
    private void mark(String marker) {
        if (StartupMarkers.enabled()) {
            System.out.println(marker + (System.nanoTime() - loginStartedNanos) / 1_000_000);
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                log().warn("The store did not close cleanly", e);
            }
        }
        if (executor != null) {
            executor.close();
        }
    }

    private record StoreState(boolean exists, String clinicName) {
    }
}
