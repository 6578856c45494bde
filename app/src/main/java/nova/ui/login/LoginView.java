package nova.ui.login;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nova.ui.support.Messages;

/** The login card: clinic name, user, password, a French error in place, a busy line while the store opens. */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final Messages messages;
    private final TextField user = new TextField();
    private final StackPane root = new StackPane();

    public LoginView(LoginViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        build();
    }

    private void build() {
        Label brand = new Label(messages.get("app.title"));
        brand.getStyleClass().add("brand");
        Label clinic = new Label();
        clinic.getStyleClass().add("clinic-name");
        clinic.textProperty().bind(viewModel.clinicNameProperty());
        clinic.setMaxWidth(Double.MAX_VALUE);
        clinic.setAlignment(Pos.CENTER);
        VBox heading = new VBox(2, brand, clinic);
        heading.setAlignment(Pos.CENTER);

        Label title = new Label(messages.get("login.title"));
        title.getStyleClass().add("section-title");

        user.setId("login-user");
        user.setPromptText(messages.get("login.user.prompt"));
        user.textProperty().bindBidirectional(viewModel.userProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText(messages.get("login.password.prompt"));
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        user.disableProperty().bind(viewModel.busyProperty());
        password.disableProperty().bind(viewModel.busyProperty());
        user.setOnAction(e -> {
            if (viewModel.passwordProperty().get().isEmpty()) {
                password.requestFocus();
            } else {
                viewModel.login();
            }
        });
        password.setOnAction(e -> viewModel.login());

        Label error = new Label();
        error.setId("login-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.setWrapText(true);
        HBox errorBox = new HBox(error);
        errorBox.getStyleClass().add("error-box");
        errorBox.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorBox.managedProperty().bind(errorBox.visibleProperty());

        Button submit = new Button(messages.get("login.submit"));
        submit.setId("login-submit");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setDefaultButton(true);
        submit.disableProperty().bind(viewModel.busyProperty());
        submit.setOnAction(e -> viewModel.login());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label opening = new Label();
        opening.setId("login-busy");
        opening.textProperty().bind(viewModel.busyTextProperty());
        opening.getStyleClass().add("muted");
        HBox busy = new HBox(8, spinner, opening);
        busy.setAlignment(Pos.CENTER);
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label notice = new Label();
        notice.setId("login-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.getStyleClass().add("notice-text");
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        VBox card = new VBox(heading, title,
                field(messages.get("login.user"), user),
                field(messages.get("login.password"), password),
                errorBox, submit, busy, notice);
        card.getStyleClass().add("login-card");
        card.setMaxSize(400, VBox.USE_PREF_SIZE);
        card.setPrefWidth(400);

        Label footer = new Label(messages.get("login.footer"));
        footer.getStyleClass().add("login-footer");
        VBox column = new VBox(16, card, footer);
        column.setAlignment(Pos.CENTER);
        column.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(column);
        root.getStyleClass().add("login-root");
        // Focus the user field once the scene exists, so typing starts there.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(user::requestFocus);
            }
        });
    }

    private static VBox field(String label, javafx.scene.Node input) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(input);
        return new VBox(4, caption, input);
    }

    public Parent root() {
        return root;
    }

    public void focusUser() {
        user.requestFocus();
    }
}
