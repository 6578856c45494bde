package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.security.domain.UserAccount;
import nova.security.domain.Role;
import nova.ui.support.Messages;

/** « Réglages › Utilisateurs »: the accounts of this workstation and the form of a new one. Binds only. */
public final class UserSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public UserSettingsDialog(UserSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.users.title"));
        dialog.setHeaderText(messages.get("settings.users.header"));

        ListView<UserAccount> list = new ListView<>();
        list.setId("settings-users-list");
        list.setPrefHeight(180);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(UserAccount item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.itemText(item));
                getStyleClass().remove("settings-inactive");
                if (!empty && item != null && !item.active()) {
                    getStyleClass().add("settings-inactive");
                }
            }
        });
        SettingsList.bind(list, viewModel.itemsProperty(), viewModel.selectedProperty());

        TextField username = new TextField();
        username.setId("settings-users-username");
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        TextField displayName = new TextField();
        displayName.setId("settings-users-display-name");
        displayName.setPromptText(messages.get("settings.users.displayName.prompt"));
        displayName.textProperty().bindBidirectional(viewModel.displayNameProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("settings-users-role");
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-users-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        PasswordField confirmation = new PasswordField();
        confirmation.setId("settings-users-confirmation");
        confirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("settings.users.username")), username);
        form.addRow(1, new Label(messages.get("settings.users.displayName")), displayName);
        form.addRow(2, new Label(messages.get("settings.users.role")), role);
        form.addRow(3, new Label(messages.get("settings.users.password")), password);
        form.addRow(4, new Label(messages.get("settings.users.confirmation")), confirmation);

        Button add = new Button(messages.get("settings.users.add"));
        add.setId("settings-users-add");
        add.getStyleClass().add("accent");
        add.setDefaultButton(true);
        add.setOnAction(e -> viewModel.add());
        Button reset = new Button(messages.get("settings.users.resetButton"));
        reset.setId("settings-users-reset");
        reset.disableProperty().bind(viewModel.selectedProperty().isNull());
        reset.setOnAction(e -> viewModel.resetSelected());
        Button toggle = new Button();
        toggle.setId("settings-users-toggle");
        toggle.disableProperty().bind(viewModel.selectedProperty().isNull());
        toggle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(viewModel::toggleText,
                viewModel.selectedProperty()));
        toggle.setOnAction(e -> viewModel.toggleSelected());
        Label error = new Label();
        error.setId("settings-users-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        Label status = new Label();
        status.setId("settings-users-status");
        status.getStyleClass().add("settings-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        Label note = new Label(messages.get("settings.users.note"));
        note.setWrapText(true);
        note.getStyleClass().add("settings-note");

        for (Label wrapped : new Label[] {error, status, note}) {
            // Wrapped lines keep their height instead of ending in « … ».
            wrapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, list, form, new javafx.scene.layout.HBox(8, add, reset, toggle), status, error, note);
        content.setPrefWidth(520);
        dialog.getDialogPane().setId("settings-users-dialog");
        SettingsDialogPane.installCloseOnly(dialog, content, messages);
        viewModel.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
