package nova.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import nova.agenda.domain.AppointmentStatus;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nova.agenda.domain.AppointmentView;
import nova.ui.support.Messages;

/** The right-hand panel: everything about the selected appointment, or how to create one. */
final class AppointmentDetailsPanel extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    /** The operations offered, in the order a day goes; Annuler is last, apart, as it is destructive. */
    static final List<AppointmentStatus> OPERATIONS = List.of(AppointmentStatus.CONFIRMED, AppointmentStatus.ARRIVED,
            AppointmentStatus.IN_CONSULTATION, AppointmentStatus.DONE, AppointmentStatus.NO_SHOW,
            AppointmentStatus.CANCELLED);

    private final Messages messages;
    private final AgendaViewModel viewModel;
    private final Consumer<AppointmentStatus> onStatus;
    private final Runnable onMove;
    private final Runnable onCard;
    private final java.util.function.Predicate<AppointmentView> consultationOffered;
    private final Consumer<AppointmentView> onConsultation;
    private final VBox card = new VBox();
    private final VBox historyBox = new VBox(2);
    private final Label error = new Label();
    private final Label empty;

    AppointmentDetailsPanel(Messages messages, AgendaViewModel viewModel, Consumer<AppointmentStatus> onStatus,
                            Runnable onMove, Runnable onCard,
                            java.util.function.Predicate<AppointmentView> consultationOffered,
                            Consumer<AppointmentView> onConsultation) {
        this.onCard = onCard;
        this.consultationOffered = consultationOffered;
        this.onConsultation = onConsultation;
        this.messages = messages;
        this.viewModel = viewModel;
        this.onStatus = onStatus;
        this.onMove = onMove;
        error.setId("details-error");
        error.getStyleClass().add("details-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.actionErrorProperty());
        error.visibleProperty().bind(viewModel.actionErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        historyBox.setId("details-history");
        viewModel.historyProperty().addListener((obs, old, now) -> showHistory(now));
        getStyleClass().add("details-panel");
        setId("details-panel");
        Label title = new Label(messages.get("details.title"));
        title.getStyleClass().add("section-title");
        empty = new Label(messages.get("details.empty"));
        empty.getStyleClass().add("details-empty");
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.setAlignment(Pos.CENTER);
        card.getStyleClass().add("details-card");
        ScrollPane scroller = new ScrollPane(card);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("details-scroll");
        scroller.visibleProperty().bind(card.visibleProperty());
        scroller.managedProperty().bind(card.visibleProperty());
        VBox.setVgrow(scroller, javafx.scene.layout.Priority.ALWAYS);
        // The side panel's tab already says "Rendez-vous".
        getChildren().addAll(empty, scroller);
        show(null);
    }

    void show(AppointmentView item) {
        card.getChildren().clear();
        boolean has = item != null;
        card.setVisible(has);
        card.setManaged(has);
        empty.setVisible(!has);
        empty.setManaged(!has);
        if (!has) {
            return;
        }
        Label name = new Label(item.patientName());
        name.getStyleClass().add("details-name");
        name.setId("details-patient");
        Label status = new Label(messages.get("status." + item.status().name()));
        status.getStyleClass().addAll("status-pill", "status-" + item.status().name().toLowerCase(Locale.ROOT));
        Region swatch = new Region();
        swatch.getStyleClass().add("details-swatch");
        // The care type's colour is data (chosen per clinic): the one inline style.
        swatch.setStyle("-fx-background-color: " + item.colorHex() + ";");
        Label care = new Label(item.careTypeLabel(), swatch);
        care.getStyleClass().add("details-value");
        String when = capitalize(DAY.format(item.start())) + "\n" + HOURS.format(item.start()) + " – "
                + HOURS.format(item.end());
        card.getChildren().addAll(
                name,
                new HBox(status),
                row("details.when", value(when)),
                row("details.careType", care),
                row("details.practitioner", value(item.practitionerName())),
                row("details.chair", value(item.chairName())),
                row("details.phone", value(blank(item.patientPhone()) ? messages.get("details.noPhone")
                        : nova.patient.service.PhoneNumbers.display(item.patientPhone()))),
                row("details.notes", value(blank(item.notes()) ? messages.get("details.noNotes") : item.notes())),
                actions(item),
                error,
                section("details.history"),
                historyBox);
        showHistory(viewModel.historyProperty().get());
    }

    private VBox actions(AppointmentView item) {
        Set<AppointmentStatus> allowed = viewModel.allowedTransitions();
        FlowPane buttons = new FlowPane(6, 6);
        buttons.getStyleClass().add("details-actions");
        for (AppointmentStatus to : OPERATIONS) {
            Button button = new Button(messages.get("action." + to.name()));
            button.setId("action-" + to.name());
            button.getStyleClass().add(to == AppointmentStatus.CANCELLED ? "danger-action" : "status-action");
            button.disableProperty().bind(viewModel.workingProperty().or(
                    javafx.beans.binding.Bindings.createBooleanBinding(() -> !allowed.contains(to))));
            button.setOnAction(e -> onStatus.accept(to));
            buttons.getChildren().add(button);
        }
        Button undo = new Button(messages.get("action.undo"));
        undo.setId("action-undo");
        undo.getStyleClass().add("flat-action");
        boolean undoable = viewModel.canUndo();
        undo.disableProperty().bind(viewModel.workingProperty().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !undoable)));
        undo.setOnAction(e -> viewModel.undoStatus());
        Button move = new Button(messages.get("action.move"));
        move.setId("action-move");
        move.getStyleClass().add("flat-action");
        boolean movable = item.status().occupiesTime();
        move.disableProperty().bind(viewModel.workingProperty().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !movable)));
        move.setOnAction(e -> onMove.run());
        Button card = new Button(messages.get("action.card"));
        card.setId("action-card");
        card.getStyleClass().add("flat-action");
        card.setOnAction(e -> onCard.run());
        buttons.getChildren().addAll(move, undo, card);
        VBox box = new VBox(4, section("details.actions"));
        if (consultationOffered.test(item)) {
            // The doctor's action comes first once the patient is in the room.
            Button consultation = new Button(messages.get("consultation.open"));
            consultation.setId("action-consultation");
            consultation.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
            consultation.setMaxWidth(Double.MAX_VALUE);
            consultation.setOnAction(e -> onConsultation.accept(item));
            box.getChildren().add(consultation);
        }
        box.getChildren().add(buttons);
        return box;
    }

    private Label section(String key) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("details-section");
        return caption;
    }

    private void showHistory(List<String> lines) {
        historyBox.getChildren().clear();
        if (lines == null || lines.isEmpty()) {
            Label none = new Label(messages.get("details.history.empty"));
            none.getStyleClass().add("history-line");
            historyBox.getChildren().add(none);
            return;
        }
        for (String line : lines) {
            Label label = new Label(line);
            label.getStyleClass().add("history-line");
            label.setWrapText(true);
            historyBox.getChildren().add(label);
        }
    }

    private VBox row(String key, Label value) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("field-label");
        return new VBox(2, caption, value);
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-value");
        label.setWrapText(true);
        return label;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }
}
