package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.ui.support.Messages;

/** « Mon mot de passe »: three password fields, saved in the background, closed once saved. Binds only. */
public final class PasswordChangeDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public PasswordChangeDialog(PasswordChangeViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("password.title"));
        dialog.setHeaderText(messages.get("password.header"));
        PasswordField old = field("password-old", viewModel.oldPasswordProperty());
        PasswordField fresh = field("password-new", viewModel.newPasswordProperty());
        PasswordField confirmation = field("password-confirmation", viewModel.confirmationProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("password.old")), old);
        form.addRow(1, new Label(messages.get("password.new")), fresh);
        form.addRow(2, new Label(messages.get("settings.users.confirmation")), confirmation);
        Button save = new Button(messages.get("password.save"));
        save.setId("password-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        Label error = new Label();
        error.setId("password-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        viewModel.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.close();
            }
        });
        VBox content = new VBox(10, form, save, error);
        content.setPrefWidth(420);
        dialog.getDialogPane().setId("password-dialog");
        SettingsDialogPane.installCloseOnly(dialog, content, messages);
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
