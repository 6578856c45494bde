package nova.ui.patient;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.agenda.domain.AppointmentView;
import nova.consultation.domain.ConsultationLine;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;
import nova.ui.consultation.ConsultationLauncher;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/**
 * The patient card: search on the left, identity, appointments and consultations on the right, "Nouveau RDV"
 * for them.
 */
public final class PatientCardDialog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy  HH:mm", Locale.FRENCH);

    private final PatientCardViewModel viewModel;
    private final Messages messages;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField search = new TextField();
    private final VBox card = new VBox(8);
    private final ConsultationLauncher consultations;

    public PatientCardDialog(PatientCardViewModel viewModel, Messages messages, Window owner,
                             Consumer<PatientSummary> onNewAppointment, Consumer<AppointmentView> onOpen) {
        this(viewModel, messages, owner, onNewAppointment, onOpen, null);
    }

    /** {@code consultations} null: the card shows no consultation section (e.g. screens without them). */
    public PatientCardDialog(PatientCardViewModel viewModel, Messages messages, Window owner,
                             Consumer<PatientSummary> onNewAppointment, Consumer<AppointmentView> onOpen,
                             ConsultationLauncher consultations) {
        this.consultations = consultations;
        this.viewModel = viewModel;
        this.messages = messages;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("patient.card.title"));
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("patient-card");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        pane.getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        search.setId("patient-search");
        search.setPromptText(messages.get("main.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        ListView<PatientSummary> results = new ListView<>();
        results.setId("patient-results");
        results.setPlaceholder(new Label(messages.get("patient.card.none")));
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PatientSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.fullName() + (p.village() == null ? "" : "\n" + p.village()));
            }
        });
        viewModel.resultsProperty().addListener((obs, old, now) -> {
            results.getItems().setAll(now);
            if (viewModel.patientProperty().get() != null) {
                results.getSelectionModel().select(viewModel.patientProperty().get());
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.patientProperty().set(now);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox left = new VBox(8, search, results);
        left.setPrefWidth(260);

        card.setId("patient-card-body");
        card.getStyleClass().add("details-card");
        card.setPrefWidth(540);
        Runnable render = () -> render(onNewAppointment, onOpen);
        viewModel.patientProperty().addListener((obs, old, now) -> render.run());
        viewModel.upcomingProperty().addListener((obs, old, now) -> render.run());
        viewModel.pastProperty().addListener((obs, old, now) -> render.run());
        viewModel.consultationsProperty().addListener((obs, old, now) -> render.run());
        render.run();
        // A patient seen for years has a long card: it scrolls rather than cutting off the consultations.
        javafx.scene.control.ScrollPane cardScroll = new javafx.scene.control.ScrollPane(card);
        cardScroll.setFitToWidth(true);
        cardScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        cardScroll.getStyleClass().add("details-scroll");
        HBox.setHgrow(cardScroll, Priority.ALWAYS);
        HBox content = new HBox(14, left, cardScroll);
        content.setPadding(new Insets(4));
        content.setPrefHeight(480);
        pane.setContent(content);
        results.getItems().setAll(viewModel.resultsProperty().get());
    }

    private void render(Consumer<PatientSummary> onNewAppointment, Consumer<AppointmentView> onOpen) {
        card.getChildren().clear();
        PatientSummary p = viewModel.patientProperty().get();
        if (p == null) {
            Label hint = new Label(messages.get("patient.card.hint"));
            hint.getStyleClass().add("details-empty");
            hint.setWrapText(true);
            card.getChildren().add(hint);
            return;
        }
        Label name = new Label(p.fullName());
        name.setId("patient-card-name");
        name.getStyleClass().add("details-name");
        String identity = (p.birthYear() == null ? "" : messages.format("patient.card.born", p.birthYear()));
        Label phone = new Label(p.phoneE164() == null ? messages.get("details.noPhone")
                : PhoneNumbers.display(p.phoneE164()));
        phone.setId("patient-card-phone");
        Label village = new Label(p.village() == null ? "—" : p.village());
        Button book = new Button(messages.get("main.newAppointment"));
        book.setId("patient-card-book");
        book.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        book.setOnAction(e -> {
            dialog.close();
            onNewAppointment.accept(p);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, new VBox(2, name, new Label(identity)), spacer, book);
        card.getChildren().addAll(top, field("details.phone", phone), field("patient.card.village", village));
        if (consultations != null) {
            addConsultations(p);
        }
        card.getChildren().addAll(
                section("patient.card.upcoming"), list(viewModel.upcomingProperty().get(), "patient-upcoming", onOpen),
                section("patient.card.past"), list(viewModel.pastProperty().get(), "patient-past", onOpen));
    }

    /** Past consultations (double click reopens one) and, for a practitioner, « Nouvelle consultation ». */
    private void addConsultations(PatientSummary p) {
        boolean readable = consultations.desk().isPresent();
        Label title = section("consultation.history");
        HBox head = new HBox(8, title);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (readable && consultations.desk().get().mayWrite()) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button start = new Button(messages.get("consultation.new"));
            start.setId("patient-card-consultation");
            start.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
            start.setOnAction(e -> {
                consultations.startNew(p);
                viewModel.load(p);
            });
            head.getChildren().addAll(spacer, start);
        }
        VBox box = new VBox(3);
        box.setId("patient-consultations");
        List<ConsultationLine> lines = viewModel.consultationsProperty().get();
        if (lines.isEmpty()) {
            Label none = new Label(messages.get("consultation.history.none"));
            none.getStyleClass().add("history-line");
            box.getChildren().add(none);
        }
        for (ConsultationLine c : lines) {
            String who = viewModel.practitionerName(c.practitionerId());
            String text = capitalize(DAY.format(c.seenAt().atZone(viewModel.zone()))) + " · "
                    + (who == null ? c.author() : who) + " · "
                    + (c.summary() == null ? messages.get("consultation.history.hidden") : c.summary());
            Label line = new Label(text);
            line.getStyleClass().add("patient-appointment");
            line.setWrapText(true);
            if (readable) {
                line.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2) {
                        consultations.reopen(p, c.id());
                        viewModel.load(p);
                    }
                });
            }
            box.getChildren().add(line);
        }
        card.getChildren().addAll(head, box);
    }

    private VBox field(String key, Label value) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("field-label");
        value.getStyleClass().add("details-value");
        return new VBox(2, caption, value);
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("details-section");
        return label;
    }

    private VBox list(List<AppointmentView> items, String id, Consumer<AppointmentView> onOpen) {
        VBox box = new VBox(3);
        box.setId(id);
        if (items.isEmpty()) {
            Label none = new Label(messages.get("patient.card.noAppointment"));
            none.getStyleClass().add("history-line");
            box.getChildren().add(none);
        }
        for (AppointmentView a : items) {
            Label line = new Label(capitalize(WHEN.format(a.start())) + " · " + a.careTypeLabel() + " · "
                    + a.practitionerName() + " · " + messages.get("status." + a.status().name()));
            line.getStyleClass().add("patient-appointment");
            line.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    dialog.close();
                    onOpen.accept(a);
                }
            });
            box.getChildren().add(line);
        }
        return box;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    public void showAndWait() {
        Platform.runLater(() -> {
            search.requestFocus();
            search.end();
        });
        dialog.showAndWait();
    }
}
