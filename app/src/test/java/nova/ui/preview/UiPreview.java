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
        if (mode.equals("agenda") || mode.equals("move") || mode.equals("drag")) {
            when(".agenda-block", block -> {
                var agenda = (nova.ui.agenda.DayAgendaView) find("#day-agenda");
                agenda.select(agenda.getItems().get(Math.min(4, agenda.getItems().size() - 1)));
            });
        }
        if (mode.startsWith("referrals")) {
            // On the CSRéf store made by ReferralPreviewStore: "referrals" opens the list, "referrals-details" opens
            // the first referral, "referrals-patient" the patient creation from it.
            when("#referrals-button", node -> Platform.runLater(((Button) node)::fire));
            if (!mode.equals("referrals")) {
                when(".referral-state", state -> {
                    @SuppressWarnings("unchecked")
                    var list = (javafx.scene.control.ListView<Object>) find("#referrals-list");
                    list.getSelectionModel().selectFirst();
                    ((Button) find(mode.equals("referrals-details") ? "#referrals-open" : "#referrals-patient"))
                            .fire();
                });
            }
        }
        if (mode.equals("conflicts")) {
            // On desk B of ConflictPreviewStore: « À résoudre » opened on its appointment clash.
            when("#sync-status", node -> node.fireEvent(new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY,
                    1, false, false, false, false, true, false, false, true, false, false, null)));
            when("#conflict-list", UiPreview::selectFirstConflict);
        }
        if (mode.equals("myday") || mode.equals("waiting") || mode.equals("recall")) {
            when("#tab-" + mode, node -> {
                var tabs = (javafx.scene.control.TabPane) find("#side-panel");
                tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + mode)).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            when("#side-panel", node -> {
                var tabs = (javafx.scene.control.TabPane) node;
                tabs.getTabs().stream().filter(t -> ("tab-" + mode).equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
        }
        if (mode.equals("patient")) {
            when("#main-search", node -> {
                ((TextField) node).setText("benali");
                ((TextField) node).fireEvent(new javafx.event.ActionEvent());
            });
        }
        if (mode.startsWith("consultation")) {
            // On a store made by ConsultationPreviewStore: -Dnova.preview.day=2026-11-22
            // -Dnova.preview.appointment=<id>; "consultation" opens the form filled in, "consultation-card" the
            // patient card.
            java.time.LocalDate day = java.time.LocalDate.parse(System.getProperty("nova.preview.day"));
            String block = "#block-" + System.getProperty("nova.preview.appointment");
            when("#nav-date", node -> ((javafx.scene.control.DatePicker) node).setValue(day));
            when(block, node -> selectThen(block, () -> {
                var agenda = (nova.ui.agenda.DayAgendaView) find("#day-agenda");
                if (mode.equals("consultation-card")) {
                    TextField search = (TextField) find("#main-search");
                    search.setText(agenda.getSelectedItem().patientName().split(" ")[0]);
                    search.fireEvent(new javafx.event.ActionEvent());
                    return;
                }
                if (mode.equals("consultation-details")) {
                    return;
                }
                ((Button) find("#action-consultation")).fire();
            }));
            if (mode.equals("consultation-referral") || mode.equals("consultation-end")) {
                // The form scrolled to its end: a consultation saved with a referral (ReferralPreviewStore), as
                // saved; or, "consultation-end", filled in like "consultation".
                whenVisible("#consultation-referral-site", node -> {
                    // Once the answer (read in the background) has taken its place.
                    javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                            javafx.util.Duration.seconds(2));
                    later.setOnFinished(e ->
                            ((javafx.scene.control.ScrollPane) find(".consultation-scroll")).setVvalue(1));
                    later.play();
                });
            }
            when("#consultation-temperature", field -> {
                if (!mode.equals("consultation-empty") && !mode.equals("consultation-referral")) {
                    ConsultationPreviewFill.fill(field.getScene());
                }
            });
        }
        if (mode.equals("move")) {
            when("#action-move", node -> ((Button) node).fire());
        }
        if (mode.equals("drag")) {
            // Synthetic press and drag (no release) on the first block: the ghost stays on screen to be looked at.
            when("#action-move", node -> {
                Node block = find(".agenda-block");
                Node body = find(".agenda-body");
                var b = block.localToScene(block.getLayoutBounds());
                double x = b.getMinX() + 20;
                double y = b.getMinY() + 5;
                fire(body, javafx.scene.input.MouseEvent.MOUSE_PRESSED, x, y);
                fire(body, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, x + 40, y + 30);
                fire(body, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, x + b.getWidth() + 60, y + 110);
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
        if (mode.startsWith("settings:")) {
            // settings:settings-practitioners opens that entry of « Réglages » (settings-clinic, settings-chairs,
            // settings-care-types, settings-closings…).
            String id = mode.substring("settings:".length());
            when("#settings-menu", menu -> ((javafx.scene.control.MenuButton) menu).getItems().stream()
                    .filter(item -> id.equals(item.getId())).findFirst().ifPresent(javafx.scene.control.MenuItem::fire));
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

    /** Selects the first conflict once the list, read in the background, has it. */
    private static void selectFirstConflict(Node node) {
        var list = (javafx.scene.control.ListView<?>) node;
        if (list.getItems().isEmpty()) {
            when("#conflict-list", UiPreview::selectFirstConflict);
        } else {
            list.getSelectionModel().selectFirst();
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

    private static void fire(Node target, javafx.event.EventType<javafx.scene.input.MouseEvent> type, double sceneX,
                             double sceneY) {
        var local = target.sceneToLocal(sceneX, sceneY);
        javafx.scene.input.PickResult pick = new javafx.scene.input.PickResult(
                pickAt(target.getScene().getRoot(), sceneX, sceneY), sceneX, sceneY);
        javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(type, local.getX(), local.getY(),
                sceneX, sceneY, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false,
                false, false, false, false, pick));
    }

    private static Node pickAt(Node node, double sceneX, double sceneY) {
        if (node instanceof javafx.scene.Parent parent) {
            var children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node child = children.get(i);
                if (child.isVisible() && child.localToScene(child.getLayoutBounds()).contains(sceneX, sceneY)) {
                    Node deeper = pickAt(child, sceneX, sceneY);
                    if (deeper != null) {
                        return deeper;
                    }
                }
            }
        }
        return node.localToScene(node.getLayoutBounds()).contains(sceneX, sceneY) ? node : null;
    }

    /** Selects the block until the details panel offers « Consultation » (the agenda may reload meanwhile). */
    private static void selectThen(String block, Runnable then) {
        var agenda = (nova.ui.agenda.DayAgendaView) find("#day-agenda");
        agenda.getItems().stream().filter(a -> block.equals("#block-" + a.id())).findFirst().ifPresent(agenda::select);
        CompletableFuture.delayedExecutor(700, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(() -> {
            if (find("#action-consultation") == null) {
                selectThen(block, then);
            } else {
                then.run();
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
