package nova.ui;

import java.time.Clock;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.DialogService;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;
import nova.ui.support.TaskExecutor;

/**
 * While the login screen waits for the password: the main window built once on a throwaway session, in a scene
 * that is never shown, and painted into an image once its day is loaded. On two cores the first real main window
 * spent most of its time loading, initialising and interpreting code (controls, skins, CSS, layout, text, the
 * agenda's painting); after the rehearsal that code is loaded and warm, so login to painted agenda is shorter.
 * The rehearsal's window is then dropped and its session closed.
 */
final class MainWindowRehearsal {

    private MainWindowRehearsal() {
    }

    /** On the FX thread; {@code done} runs on it too, once the rehearsal is over (even when it failed). */
    static void run(DeskSession rehearsal, double width, double height, TaskExecutor executor, Messages messages,
                    Clock clock, DialogService dialogs, Stage owner, Runnable done) {
        MainWindow window;
        try {
            window = MainWindow.build(rehearsal, executor, messages, clock, dialogs, () -> owner);
        } catch (RuntimeException e) {
            close(rehearsal, executor, done);
            throw e;
        }
        Scene offScreen = NovaTheme.apply(new Scene(window.view().root(), width, height));
        InvalidationListener loaded = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                window.agenda().loadsProperty().removeListener(this);
                window.agenda().errorProperty().removeListener(this);
                try {
                    offScreen.snapshot(null);
                } finally {
                    close(rehearsal, executor, done);
                }
            }
        };
        window.agenda().loadsProperty().addListener(loaded);
        window.agenda().errorProperty().addListener(loaded);
    }

    private static void close(DeskSession rehearsal, TaskExecutor executor, Runnable done) {
        BackgroundTask.wrap(() -> {
                    rehearsal.close();
                    return null;
                })
                .onFinished(done)
                .executeWith(executor);
    }
}
