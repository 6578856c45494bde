package nova.ui.wizard;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nova.ui.support.Messages;

/** The wizard's « Rejoindre un cabinet existant » page and its buttons (Retour, Rejoindre le cabinet). */
final class JoinClinicView {

    private final JoinClinicViewModel viewModel;
    private final Messages messages;
    private final Runnable back;
    private final Node page;
    private final Node buttons;

    JoinClinicView(JoinClinicViewModel viewModel, Messages messages, Runnable back) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.back = back;
        this.page = buildPage();
        this.buttons = buildButtons();
    }

    Node page() {
        return page;
    }

    Node buttons() {
        return buttons;
    }

    private Node buildPage() {
        Label title = new Label(messages.get("wizard.join.title"));
        title.getStyleClass().add("wizard-page-title");
        Label intro = new Label(messages.get("wizard.join.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(760);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(labelled("wizard.join.hub", text(viewModel.hubUrlProperty(), "join-hub")), 0, 0, 2, 1);
        grid.add(labelled("wizard.join.site", text(viewModel.siteProperty(), "join-site")), 0, 1);
        grid.add(labelled("wizard.join.hubUser", text(viewModel.hubUserProperty(), "join-hub-user")), 1, 1);
        grid.add(labelled("wizard.join.hubPassword", secret(viewModel.hubPasswordProperty(), "join-hub-password")),
                0, 2);
        CheckBox loopback = new CheckBox(messages.get("wizard.join.loopback"));
        loopback.setId("join-loopback");
        loopback.selectedProperty().bindBidirectional(viewModel.loopbackWithoutTlsProperty());
        grid.add(loopback, 1, 2);
        grid.add(labelled("wizard.join.admin", text(viewModel.adminUserProperty(), "join-admin")), 0, 3);
        grid.add(labelled("wizard.admin.password", secret(viewModel.passwordProperty(), "join-password")), 0, 4);
        grid.add(labelled("wizard.admin.confirm", secret(viewModel.passwordAgainProperty(), "join-password-again")),
                1, 4);
        VBox content = new VBox(title, intro, grid);
        content.getStyleClass().add("wizard-page");
        content.setMaxWidth(820);
        StackPane holder = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node buildButtons() {
        HBox errorBox = WizardFooter.errorBox("join-error", viewModel.errorProperty());
        Label working = WizardFooter.working(messages.get("wizard.join.busy"), viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button previous = new Button(messages.get("wizard.join.back"));
        previous.setId("join-back");
        previous.disableProperty().bind(viewModel.busyProperty());
        previous.setOnAction(e -> back.run());
        Button join = new Button(messages.get("wizard.join.finish"));
        join.setId("join-finish");
        join.getStyleClass().add(Styles.ACCENT);
        join.setDefaultButton(true);
        join.disableProperty().bind(viewModel.busyProperty());
        join.setOnAction(e -> viewModel.join());
        HBox bar = new HBox(errorBox, working, spacer, previous, join);
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }

    private VBox labelled(String key, Node input) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(input);
        return new VBox(4, caption, input);
    }

    private static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    private static PasswordField secret(javafx.beans.property.StringProperty property, String id) {
        PasswordField field = new PasswordField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }
}
