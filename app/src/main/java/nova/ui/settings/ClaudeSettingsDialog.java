package nova.ui.settings;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nova.ui.support.Messages;

/** « Réglages » › assistant: the admin's Claude settings. Binds only. */
public final class ClaudeSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public ClaudeSettingsDialog(ClaudeSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.claude.header"));
        CheckBox enabled = new CheckBox(messages.get("settings.claude.enabled"));
        enabled.setId("settings-claude-enabled");
        enabled.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        PasswordField key = new PasswordField();
        key.setId("settings-claude-key");
        key.setPromptText(messages.get("settings.claude.keyPrompt"));
        key.textProperty().bindBidirectional(viewModel.newKeyProperty());
        Label keyState = new Label();
        keyState.setId("settings-claude-key-state");
        keyState.textProperty().bind(viewModel.keyStateProperty());
        CheckBox clear = new CheckBox(messages.get("settings.claude.clearKey"));
        clear.setId("settings-claude-clear");
        clear.selectedProperty().bindBidirectional(viewModel.clearKeyProperty());
        TextField model = new TextField();
        model.setId("settings-claude-model");
        model.textProperty().bindBidirectional(viewModel.modelProperty());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(enabled, 0, 0, 2, 1);
        grid.addRow(1, new Label(messages.get("settings.claude.key")), key);
        grid.add(keyState, 1, 2);
        grid.add(clear, 1, 3);
        grid.addRow(4, new Label(messages.get("settings.claude.model")), model);
        grid.add(status, 0, 5, 2, 1);
        key.setPrefColumnCount(28);

        SettingsDialogPane.install(dialog, grid, messages, viewModel::save);
        viewModel.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
