package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nova.ui.support.Messages;

/** « Réglages » › synchronisation: the hub's address, site and credentials. Binds only. */
public final class HubSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public HubSettingsDialog(HubSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.hub.title"));
        dialog.setHeaderText(messages.get("settings.hub.header"));
        TextField url = new TextField();
        url.setId("settings-hub-url");
        url.setPromptText("postgresql://hub.exemple.dz:5432/nova");
        url.setPrefColumnCount(32);
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        TextField site = new TextField();
        site.setId("settings-hub-site");
        site.textProperty().bindBidirectional(viewModel.siteProperty());
        TextField user = new TextField();
        user.setId("settings-hub-user");
        user.setPromptText(messages.get("settings.hub.userPrompt"));
        user.textProperty().bindBidirectional(viewModel.userProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-hub-password");
        password.setPromptText(messages.get("settings.hub.passwordPrompt"));
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Label passwordState = new Label();
        passwordState.textProperty().bind(viewModel.passwordStateProperty());
        CheckBox verify = new CheckBox(messages.get("settings.hub.verifyTls"));
        verify.setId("settings-hub-tls");
        verify.selectedProperty().bindBidirectional(viewModel.verifyTlsProperty());
        Label error = new Label();
        error.setId("settings-hub-error");
        error.getStyleClass().add("settings-error");
        error.textProperty().bind(viewModel.errorProperty());

        Button tryHub = new Button(messages.get("settings.hub.try"));
        tryHub.setId("settings-hub-try");
        tryHub.disableProperty().bind(viewModel.tryingProperty());
        tryHub.setOnAction(event -> viewModel.tryHub());
        Label reached = new Label();
        reached.setId("settings-hub-reached");
        reached.getStyleClass().add("settings-ok");
        reached.textProperty().bind(viewModel.reachedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("settings.hub.url")), url);
        grid.addRow(1, new Label(messages.get("settings.hub.site")), site);
        grid.addRow(2, new Label(messages.get("settings.hub.user")), user);
        grid.addRow(3, new Label(messages.get("settings.hub.password")), password);
        grid.add(passwordState, 1, 4);
        grid.add(verify, 1, 5);
        grid.add(tryHub, 1, 6);
        grid.add(reached, 0, 7, 2, 1);
        grid.add(error, 0, 8, 2, 1);
        // Answers are one or two sentences (« Certificat TLS du hub non reconnu par ce poste… »): wrapped to the
        // form's width, the window growing to show them whole.
        for (Label answer : new Label[] {reached, error}) {
            answer.setWrapText(true);
            answer.maxWidthProperty().bind(grid.widthProperty());
            answer.setMinHeight(Region.USE_PREF_SIZE);
            answer.managedProperty().bind(answer.textProperty().isNotEmpty());
            answer.visibleProperty().bind(answer.managedProperty());
            answer.textProperty().addListener((text, before, now) -> javafx.application.Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }

        SettingsDialogPane.install(dialog, grid, messages, viewModel::save);
        viewModel.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
