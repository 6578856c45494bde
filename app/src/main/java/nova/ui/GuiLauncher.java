package nova.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.application.Application;
import nova.ui.session.DeskBackend;

/**
 * Starts the JavaFX toolkit. Kept apart so that command-line code never loads JavaFX classes.
 * {@code Application.launch} creates the application reflectively, so the options and the back-end factory are
 * handed over here, once, before launching.
 */
public final class GuiLauncher {

    private static volatile StartOptions options = new StartOptions(null, false);
    private static volatile Function<StartOptions, DeskBackend> backends;

    private GuiLauncher() {
    }

    public static void launch(StartOptions startOptions, Function<StartOptions, DeskBackend> backendFactory) {
        options = Objects.requireNonNull(startOptions);
        backends = Objects.requireNonNull(backendFactory);
        Application.launch(NovaApplication.class);
    }

    static StartOptions options() {
        return options;
    }

    static Function<StartOptions, DeskBackend> backends() {
        return Objects.requireNonNull(backends, "GuiLauncher.launch was not given a back-end factory");
    }
}
