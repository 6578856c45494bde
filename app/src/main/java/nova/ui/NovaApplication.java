package nova.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public final class NovaApplication extends Application {

    /**
     * Set by the installer's build-time training run (AOT cache): the app leaves once its first frame is laid out,
     * so the run records exactly what a real start-up loads. Any rewrite of this class must keep honouring it.
     */
    static final String EXIT_AFTER_FIRST_FRAME = "nova.exitAfterFirstFrame";

    @Override
    public void start(Stage stage) {
        stage.setTitle("NOVA");
        Scene scene = new Scene(new Label("NOVA"), 800, 600);
        stage.setScene(scene);
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            exitAfterFirstPulse(scene);
        }
        stage.show();
    }

    private static void exitAfterFirstPulse(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
