package nova.ui.settings;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import nova.ui.support.Messages;

/**
 * Shows a {@link BookedWarning} inside the settings form, under the buttons it interrupts: the header, the
 * appointments one a line, and « Enregistrer quand même » / « Annuler ». Hidden, and taking no room, when no change
 * waits. Inside the form rather than a second window so the hours or dates that cause it stay in view.
 */
final class BookedWarningBox {

    private BookedWarningBox() {
    }

    /** {@code prefix} names the nodes for tests: « prefix-booked », « prefix-booked-confirm »… */
    static VBox build(BookedWarning warning, Messages messages, String prefix) {
        Label header = new Label();
        header.setWrapText(true);
        header.getStyleClass().add("booked-warning-header");
        header.textProperty().bind(warning.headerProperty());
        Label list = new Label();
        list.setId(prefix + "-booked-list");
        list.setWrapText(true);
        list.getStyleClass().add("booked-warning-list");
        list.textProperty().bind(warning.appointmentsProperty());
        Label advice = new Label(messages.get("settings.booked.advice"));
        advice.setWrapText(true);
        Button confirm = new Button(messages.get("settings.booked.confirm"));
        confirm.setId(prefix + "-booked-confirm");
        confirm.setOnAction(e -> warning.confirm());
        Button cancel = new Button(messages.get("settings.booked.cancel"));
        cancel.setId(prefix + "-booked-cancel");
        cancel.setOnAction(e -> warning.cancel());
        for (Label label : new Label[] {header, list, advice}) {
            // Wrapped lines keep their height: the box grows instead of cutting the names off.
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(6, header, list, advice, new HBox(8, confirm, cancel));
        box.setId(prefix + "-booked");
        box.getStyleClass().add("booked-warning");
        box.visibleProperty().bind(warning.pendingProperty());
        box.managedProperty().bind(warning.pendingProperty());
        // The dialog was sized without the box: it grows to show it whole, buttons included, and shrinks back.
        warning.pendingProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (box.getScene() != null && box.getScene().getWindow() != null) {
                fitOnScreen(box.getScene().getWindow());
            }
        }));
        return box;
    }

    /** Resizes the dialog to its content and moves it up if its bottom (its buttons) would leave the screen. */
    private static void fitOnScreen(Window window) {
        window.sizeToScene();
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        Rectangle2D visible = (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
        if (window.getY() + window.getHeight() > visible.getMaxY()) {
            window.setY(Math.max(visible.getMinY(), visible.getMaxY() - window.getHeight()));
        }
    }
}
