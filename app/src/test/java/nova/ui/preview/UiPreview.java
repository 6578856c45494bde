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
        boolean wizard = mode.startsWith("wizard");
        if (!mode.equals("login") && !wizard) {
            System.setProperty("nova.bench.autoLogin", "true");
        }
        // With a second argument (a data directory) the real store is used, else an in-memory clinic.
        java.util.function.Function<StartOptions, nova.ui.session.DeskBackend> backends = args.length > 1
                ? nova.app.StoreDeskBackend::forOptions
                : options -> new InMemoryBackend(new InMemoryDesk(), false);
        StartOptions options = new StartOptions(args.length > 1 ? java.nio.file.Path.of(args[1]) : null, !wizard);
        Platform.startup(() -> {
            try {
                new NovaApplication(backends, options, Clock.systemUTC()).start(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (mode.equals("agenda")) {
            when(".agenda-block", block -> {
                var agenda = (nova.ui.agenda.DayAgendaView) find("#day-agenda");
                agenda.select(agenda.getItems().get(Math.min(4, agenda.getItems().size() - 1)));
            });
        }
        if (mode.equals("week")) {
            when("#mode-week", node -> ((ToggleButton) node).fire());
        }
        if (wizard && mode.contains(":")) {
            int steps = Integer.parseInt(mode.substring(mode.indexOf(':') + 1));
            when("#wizard-next", node -> {
                for (int i = 0; i < steps; i++) {
                    ((Button) node).fire();
                }
            });
        }
        if (mode.startsWith("assistant")) {
            // assistant (the preview card) or assistant-next (after « Continuer »); the request is
            // -Dnova.preview.request=..., by default a morning search.
            String request = System.getProperty("nova.preview.request",
                    "RDV demain matin pour un détartrage, M. Benali 0555 12 34 56");
            when(".agenda-block", block -> {
                TextField field = (TextField) find("#assistant-field");
                field.requestFocus();
                field.setText(request);
                field.fireEvent(new javafx.event.ActionEvent());
                if (mode.equals("assistant-next")) {
                    whenVisible("#assistant-continue", next -> ((Button) next).fire());
                }
            });
        }
        if (mode.equals("settings")) {
            when(".agenda-block", block -> ((javafx.scene.control.MenuButton) find("#settings-menu")).getItems()
                    .getFirst().fire());
        }
        if (mode.equals("booking") || mode.equals("refused")) {
            when("#new-appointment", node -> {
                when("#booking-search", search -> ((TextField) search).setText(mode.equals("refused") ? "ben" : "ben"));
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

    private static void whenVisible(String selector, java.util.function.Consumer<Node> action) {
        when(selector, node -> {
            if (node.isVisible()) {
                action.accept(node);
            } else {
                whenVisible(selector, action);
            }
        });
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
