package nova.ui.preview;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import nova.ui.NovaApplication;
import nova.ui.StartOptions;
import nova.ui.fixtures.InMemoryBackend;
import nova.ui.fixtures.InMemoryDesk;

/**
 * Opens the workstation on the in-memory clinic, to look at the screens while developing:
 * {@code mvn -o -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=nova.ui.preview.UiPreview
 * -Dexec.args=booking}. Arguments: {@code login} (default), {@code wizard}, {@code agenda}, {@code week},
 * {@code booking}; all but the first two log in as the demo user by themselves.
 */
public final class UiPreview {

    private UiPreview() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "login";
        boolean wizard = mode.equals("wizard");
        if (!mode.equals("login") && !wizard) {
            System.setProperty("nova.bench.autoLogin", "true");
        }
        InMemoryBackend backend = new InMemoryBackend(new InMemoryDesk(), false);
        Platform.startup(() -> {
            try {
                new NovaApplication(options -> backend, new StartOptions(null, !wizard), Clock.systemUTC())
                        .start(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (mode.equals("week")) {
            when("#mode-week", node -> ((ToggleButton) node).fire());
        }
        if (mode.equals("booking")) {
            when("#new-appointment", node -> {
                when("#booking-search", search -> ((TextField) search).setText("ben"));
                ((Button) node).fire();
            });
        }
    }

    /** Runs the action on the FX thread once a node matching the selector exists (the machine may be slow). */
    private static void when(String selector, java.util.function.Consumer<Node> action) {
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(() -> {
            Node node = find(selector);
            if (node == null) {
                when(selector, action);
            } else {
                action.accept(node);
            }
        }));
    }

    private static Node find(String selector) {
        for (Window window : Window.getWindows()) {
            Node node = window.getScene() == null ? null : window.getScene().lookup(selector);
            if (node != null) {
                return node;
            }
        }
        return null;
    }
}
