package nova.ui.main;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.agenda.domain.AppointmentView;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/** Asks why an appointment is cancelled; the reason is required (it goes into the history). */
final class CancelDialog {

    private final Dialog<String> dialog = new Dialog<>();
    private final TextArea reason = new TextArea();

    CancelDialog(AppointmentView item, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("cancel.title"));
        dialog.setHeaderText(messages.format("cancel.header", item.patientName()));
        var pane = dialog.getDialogPane();
        pane.setId("cancel-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType confirm = new ButtonType(messages.get("cancel.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("cancel.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, keep);
        reason.setId("cancel-reason");
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(36);
        reason.setWrapText(true);
        Label caption = new Label(messages.get("cancel.reason"));
        caption.getStyleClass().add("field-label");
        pane.setContent(new VBox(6, caption, reason));
        pane.lookupButton(confirm).setId("cancel-confirm");
        pane.lookupButton(confirm).disableProperty().bind(reason.textProperty().isEmpty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                        reason.textProperty())));
        dialog.setResultConverter(button -> button == confirm ? reason.getText().strip() : null);
    }

    Optional<String> showAndWait() {
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
