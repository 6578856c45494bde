package nova.ui.wizard;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import nova.clinic.domain.ClinicKind;
import nova.ui.support.FrenchFormats;
import nova.ui.support.Messages;

/** The first-run wizard: steps on the left, one page at a time, Précédent / Suivant / Créer at the bottom. */
public final class WizardView {

    private static final PseudoClass SELECTED_PRESET = PseudoClass.getPseudoClass("selected-preset");

    private final WizardViewModel viewModel;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane page = new StackPane();
    private final List<Label> stepLabels = new ArrayList<>();

    public WizardView(WizardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("wizard-root");
        root.setId("wizard");
        VBox sidebar = new VBox();
        sidebar.getStyleClass().add("wizard-sidebar");
        Label brand = new Label(messages.get("app.title"));
        brand.getStyleClass().add("brand-small");
        Label subtitle = new Label(messages.get("wizard.title"));
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        VBox heading = new VBox(2, brand, subtitle);
        VBox.setMargin(heading, new javafx.geometry.Insets(0, 0, 18, 4));
        sidebar.getChildren().add(heading);
        for (WizardStep step : WizardStep.values()) {
            Label label = new Label((step.ordinal() + 1) + ".  " + messages.get(step.titleKey()));
            label.getStyleClass().add("wizard-step-label");
            stepLabels.add(label);
            sidebar.getChildren().add(label);
        }
        root.setLeft(sidebar);

        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Node stepButtons = buttons();
        root.setCenter(scroll);
        root.setBottom(stepButtons);
        viewModel.stepProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.getStep());
        JoinClinicView join = new JoinClinicView(viewModel.join(), messages, viewModel::stopJoining);
        viewModel.joiningProperty().addListener((obs, old, now) -> {
            root.setCenter(now ? join.page() : scroll);
            root.setBottom(now ? join.buttons() : stepButtons);
            stepLabels.forEach(label -> label.setDisable(now));
        });
    }

    private Node buttons() {
        HBox errorBox = WizardFooter.errorBox("wizard-error", viewModel.errorProperty());
        Label creating = WizardFooter.working(messages.get("wizard.creating"), viewModel.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button previous = new Button(messages.get("wizard.previous"));
        previous.setId("wizard-previous");
        previous.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.getStep() == WizardStep.PROFILE || viewModel.busyProperty().get(),
                viewModel.stepProperty(), viewModel.busyProperty()));
        previous.setOnAction(e -> viewModel.previous());
        Button next = new Button();
        next.setId("wizard-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        next.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                viewModel.getStep() == WizardStep.SUMMARY ? "wizard.finish" : "wizard.next"),
                viewModel.stepProperty()));
        next.disableProperty().bind(viewModel.busyProperty());
        next.setOnAction(e -> {
            if (viewModel.getStep() == WizardStep.SUMMARY) {
                viewModel.finish();
            } else {
                viewModel.next();
            }
        });
        HBox bar = new HBox(errorBox, creating, spacer, previous, next);
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }

    private void show(WizardStep step) {
        for (int i = 0; i < stepLabels.size(); i++) {
            Label label = stepLabels.get(i);
            label.getStyleClass().removeAll("current", "done");
            if (i == step.ordinal()) {
                label.getStyleClass().add("current");
            } else if (i < step.ordinal()) {
                label.getStyleClass().add("done");
            }
        }
        Label title = new Label(messages.get(step.titleKey()));
        title.getStyleClass().add("wizard-page-title");
        Label counter = new Label(messages.format("wizard.step", step.ordinal() + 1, WizardStep.values().length));
        counter.getStyleClass().add("muted");
        VBox content = new VBox(counter, title, switch (step) {
            case PROFILE -> profilePage();
            case CLINIC -> clinicPage();
            case RESOURCES -> resourcesPage();
            case CARE_TYPES -> careTypesPage();
            case ADMIN -> adminPage();
            case SUMMARY -> summaryPage();
        });
        content.getStyleClass().add("wizard-page");
        content.setMaxWidth(820);
        page.getChildren().setAll(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
    }

    private Node profilePage() {
        Label intro = wrapped(messages.get("wizard.profile.intro"));
        HBox cards = new HBox(16,
                presetCard(ClinicKind.DENTAL_CABINET, "wizard.profile.alger", "preset-alger"),
                presetCard(ClinicKind.CSCOM, "wizard.profile.mali", "preset-mali"),
                joinCard());
        CheckBox demo = new CheckBox(messages.get("wizard.demo"));
        demo.setId("wizard-demo");
        demo.selectedProperty().bindBidirectional(viewModel.demoProperty());
        return new VBox(16, intro, cards, demo);
    }

    private Node presetCard(ClinicKind kind, String key, String id) {
        Label title = wrapped(messages.get(key));
        title.getStyleClass().add("preset-title");
        Label detail = wrapped(messages.get(key + ".detail"));
        detail.getStyleClass().add("preset-detail");
        VBox card = new VBox(title, detail);
        card.setId(id);
        card.getStyleClass().add("preset-card");
        card.setOnMouseClicked(e -> viewModel.kindProperty().set(kind));
        Runnable mark = () -> card.pseudoClassStateChanged(SELECTED_PRESET, viewModel.kindProperty().get() == kind);
        viewModel.kindProperty().addListener((obs, old, now) -> mark.run());
        mark.run();
        return card;
    }

    private Node joinCard() {
        Label title = wrapped(messages.get("wizard.join.card"));
        title.getStyleClass().add("preset-title");
        Label detail = wrapped(messages.get("wizard.join.card.detail"));
        detail.getStyleClass().add("preset-detail");
        VBox card = new VBox(title, detail);
        card.setId("wizard-join");
        card.getStyleClass().add("preset-card");
        card.setOnMouseClicked(e -> viewModel.startJoining());
        return card;
    }

    private Node clinicPage() {
        GridPane grid = grid();
        TextField name = text(viewModel.nameProperty(), "wizard-name");
        TextField address = text(viewModel.addressProperty(), "wizard-address");
        TextField zone = text(viewModel.zoneProperty(), "wizard-zone");
        TextField code = text(viewModel.callingCodeProperty(), "wizard-calling-code");
        grid.add(labelled("wizard.clinic.name", name), 0, 0, 2, 1);
        grid.add(labelled("wizard.clinic.address", address), 0, 1, 2, 1);
        grid.add(labelled("wizard.clinic.zone", zone), 0, 2);
        grid.add(labelled("wizard.clinic.callingCode", code), 1, 2);

        FlowPane days = new FlowPane(14, 8);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(messages.get("day." + day.name()));
            box.selectedProperty().bindBidirectional(viewModel.workingDayProperty(day));
            days.getChildren().add(box);
        }
        grid.add(labelled("wizard.clinic.days", days), 0, 3, 2, 1);

        HBox hours = new HBox(12,
                labelled("wizard.clinic.opening", time(viewModel.openingProperty(), false)),
                labelled("wizard.clinic.closing", time(viewModel.closingProperty(), false)),
                labelled("wizard.clinic.breakStart", time(viewModel.breakStartProperty(), true)),
                labelled("wizard.clinic.breakEnd", time(viewModel.breakEndProperty(), true)));
        grid.add(hours, 0, 4, 2, 1);
        return grid;
    }

    private Node resourcesPage() {
        TextArea chairs = new TextArea();
        chairs.setId("wizard-chairs");
        chairs.textProperty().bindBidirectional(viewModel.chairsProperty());
        chairs.setPrefRowCount(6);
        TextArea people = new TextArea();
        people.setId("wizard-practitioners");
        people.textProperty().bindBidirectional(viewModel.practitionersProperty());
        people.setPrefRowCount(6);
        HBox row = new HBox(16, labelled("wizard.resources.chairs", chairs),
                labelled("wizard.resources.practitioners", people));
        HBox.setHgrow(row.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
        return row;
    }

    private Node careTypesPage() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Label h1 = header("wizard.careTypes.label");
        Label h2 = header("wizard.careTypes.duration");
        Label h3 = header("wizard.careTypes.color");
        grid.addRow(0, h1, h2, h3);
        int row = 1;
        for (CareTypeRow type : viewModel.getCareTypes()) {
            TextField label = new TextField();
            label.textProperty().bindBidirectional(type.labelProperty());
            label.setPrefWidth(280);
            Spinner<Integer> minutes = new Spinner<>(5, 480, type.durationProperty().get(), 5);
            minutes.setEditable(true);
            minutes.setPrefWidth(110);
            minutes.valueProperty().addListener((obs, old, now) -> type.durationProperty().set(now));
            ColorPicker color = new ColorPicker(Color.web(type.colorProperty().get()));
            color.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
            color.valueProperty().addListener((obs, old, now) -> type.colorProperty().set(hex(now)));
            grid.addRow(row++, label, minutes, color);
        }
        return new VBox(12, wrapped(messages.get("wizard.careTypes.intro")), grid);
    }

    private Node adminPage() {
        Label intro = wrapped(messages.get("wizard.admin.intro"));
        TextField user = text(viewModel.adminUserProperty(), "wizard-admin-user");
        PasswordField password = new PasswordField();
        password.setId("wizard-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        PasswordField again = new PasswordField();
        again.setId("wizard-password-again");
        again.textProperty().bindBidirectional(viewModel.passwordAgainProperty());
        Label strength = new Label();
        strength.setId("wizard-strength");
        Runnable showStrength = () -> {
            strength.setText(viewModel.strengthText());
            strength.getStyleClass().removeAll("strength-weak", "strength-medium", "strength-strong");
            strength.getStyleClass().add("strength-" + viewModel.strengthBinding().get().name().toLowerCase());
        };
        viewModel.strengthBinding().addListener((obs, old, now) -> showStrength.run());
        showStrength.run();
        GridPane grid = grid();
        grid.add(labelled("wizard.admin.user", user), 0, 0);
        grid.add(labelled("wizard.admin.password", password), 0, 1);
        grid.add(labelled("wizard.admin.confirm", again), 1, 1);
        grid.add(strength, 0, 2, 2, 1);
        return new VBox(14, intro, grid);
    }

    private Node summaryPage() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("summary-grid");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(170);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        int row = 0;
        for (Map.Entry<String, String> entry : viewModel.summary().entrySet()) {
            Label key = new Label(entry.getKey());
            key.getStyleClass().add("summary-key");
            Label value = wrapped(entry.getValue());
            value.getStyleClass().add("summary-value");
            grid.addRow(row++, key, value);
        }
        return new VBox(14, wrapped(messages.get("wizard.summary.intro")), grid);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        return grid;
    }

    private VBox labelled(String key, Node input) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("field-label");
        caption.setLabelFor(input);
        return new VBox(4, caption, input);
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(760);
        return label;
    }

    private static TextField text(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    private static ComboBox<LocalTime> time(javafx.beans.property.ObjectProperty<LocalTime> property,
                                            boolean optional) {
        ComboBox<LocalTime> box = new ComboBox<>();
        if (optional) {
            box.getItems().add(null);
        }
        for (int minute = 6 * 60; minute <= 22 * 60; minute += 15) {
            box.getItems().add(LocalTime.of(minute / 60, minute % 60));
        }
        box.setConverter(FrenchFormats.timeConverter());
        box.valueProperty().bindBidirectional(property);
        box.setVisibleRowCount(10);
        box.setPrefWidth(110);
        return box;
    }

    private static String hex(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
