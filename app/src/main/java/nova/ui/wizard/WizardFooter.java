package nova.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The parts of a first-run footer: the French error box and the "working…" line, each shown only when needed. */
final class WizardFooter {

    private WizardFooter() {
    }

    /** A box that grows to the footer's free width and shows {@code error} while it is not empty. */
    static HBox errorBox(String id, ObservableStringValue error) {
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(error);
        text.setWrapText(true);
        HBox box = new HBox(text);
        box.getStyleClass().add("error-box");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(error));
        box.managedProperty().bind(box.visibleProperty());
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A spinner and {@code text}, shown while {@code busy}. */
    static Label working(String text, ObservableBooleanValue busy) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label label = new Label(text, spinner);
        label.getStyleClass().add("muted");
        label.visibleProperty().bind(busy);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
