package nova.ui;

import javafx.application.Application;

/** Starts the JavaFX toolkit. Kept apart so that command-line code never loads JavaFX classes. */
public final class GuiLauncher {

    private static volatile StartOptions options = new StartOptions(null, false);

    private GuiLauncher() {
    }

    public static void launch(StartOptions startOptions) {
        options = startOptions;
        Application.launch(NovaApplication.class);
    }

    static StartOptions options() {
        return options;
    }
}
