package nova.ui.today;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.Practitioner;
import nova.ui.support.Messages;

/** The "Ma journée" and "Salle d'attente" panes of the side panel; a row opens its appointment in the agenda. */
public final class TodayView {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    private final TodayViewModel viewModel;
    private final Messages messages;
    private final Consumer<AppointmentView> onOpen;
    private final Consumer<AppointmentView> onWalkedIn;
    private final Function<AppointmentView, ContextMenu> menus;
    private final Supplier<Window> owner;
    private final ListView<AppointmentView> myDay = new ListView<>();
    private final ListView<TodayViewModel.Waiting> waiting = new ListView<>();

    public TodayView(TodayViewModel viewModel, Messages messages, Consumer<AppointmentView> onOpen,
                     Consumer<AppointmentView> onWalkedIn, Function<AppointmentView, ContextMenu> menus,
                     Supplier<Window> owner) {
        this.onWalkedIn = onWalkedIn;
        this.viewModel = viewModel;
        this.messages = messages;
        this.onOpen = onOpen;
        this.menus = menus;
        this.owner = owner;
        // The waiting times tick while the pane is on screen.
        nova.ui.support.ShowingTicker.tick(waiting, Duration.seconds(30), waiting::refresh);
    }

    public Region myDayPane() {
        ComboBox<Practitioner> who = new ComboBox<>();
        who.setId("myday-practitioner");
        who.getItems().add(null);
        who.getItems().addAll(viewModel.practitioners());
        who.setConverter(new StringConverter<>() {
            @Override
            public String toString(Practitioner p) {
                return p == null ? messages.get("today.allPractitioners") : p.displayName();
            }

            @Override
            public Practitioner fromString(String s) {
                return null;
            }
        });
        who.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Practitioner p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : who.getConverter().toString(p));
            }
        });
        who.setMaxWidth(Double.MAX_VALUE);
        who.valueProperty().bindBidirectional(viewModel.practitionerProperty());
        myDay.setId("myday-list");
        myDay.setPlaceholder(new Label(messages.get("today.myDay.empty")));
        myDay.getStyleClass().add("today-list");
        myDay.setCellFactory(list -> new AppointmentCell());
        viewModel.myDayProperty().addListener((obs, old, now) -> myDay.getItems().setAll(now));
        myDay.getItems().setAll(viewModel.myDayProperty().get());
        VBox.setVgrow(myDay, Priority.ALWAYS);
        Label day = new Label(messages.format("today.header", capitalize(
                DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH).format(viewModel.today()))));
        day.getStyleClass().add("details-section");
        VBox box = new VBox(8, day, who, myDay);
        box.getStyleClass().add("today-pane");
        return box;
    }

    public Region waitingPane() {
        waiting.setId("waiting-list");
        waiting.setPlaceholder(new Label(messages.get("today.waiting.empty")));
        waiting.getStyleClass().add("today-list");
        waiting.setCellFactory(list -> new WaitingCell());
        viewModel.waitingProperty().addListener((obs, old, now) -> waiting.getItems().setAll(now));
        waiting.getItems().setAll(viewModel.waitingProperty().get());
        VBox.setVgrow(waiting, Priority.ALWAYS);
        Button walkIn = new Button(messages.get("today.walkin"));
        walkIn.setId("walkin");
        walkIn.getStyleClass().add(Styles.ACCENT);
        walkIn.setMaxWidth(Double.MAX_VALUE);
        walkIn.setOnAction(e -> new WalkInDialog(viewModel, messages, owner.get()).showAndWait()
                .ifPresent(choice -> viewModel.walkIn(choice.patient(), choice.careType(), onWalkedIn)));
        Label error = new Label();
        error.setId("waiting-error");
        error.getStyleClass().add("details-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(8, walkIn, error, waiting);
        box.getStyleClass().add("today-pane");
        return box;
    }

    /** Rappels: due and overdue recalls; a double click opens the patient card (with « Nouveau RDV »). */
    public Region recallPane(RecallViewModel recalls, Consumer<String> onPatient) {
        ListView<nova.agenda.domain.Recall> list = new ListView<>();
        list.setId("recall-list");
        list.getStyleClass().add("today-list");
        list.setPlaceholder(new Label(messages.get("recall.empty")));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
                setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && getItem() != null) {
                        onPatient.accept(getItem().patientName());
                    }
                });
            }

            @Override
            protected void updateItem(nova.agenda.domain.Recall r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(r.patientName());
                name.getStyleClass().add("today-name");
                name.setMinWidth(0);
                String phone = r.patientPhone() == null ? "" : " · "
                        + nova.patient.service.PhoneNumbers.display(r.patientPhone());
                Label care = new Label(messages.format("recall.line", recalls.careLabel(r.careTypeCode()),
                        day.format(r.lastDone())) + phone);
                care.getStyleClass().add("today-care");
                care.setMinWidth(0);
                VBox text = new VBox(1, name, care);
                text.setMinWidth(0);
                HBox.setHgrow(text, Priority.ALWAYS);
                Label state = new Label(r.state().label());
                state.getStyleClass().addAll("status-pill", "recall-" + r.state().name().toLowerCase(Locale.ROOT));
                state.setMinWidth(Region.USE_PREF_SIZE);
                Label due = new Label(day.format(r.dueDate()));
                due.getStyleClass().add("today-care");
                VBox right = new VBox(2, state, due);
                right.setAlignment(Pos.CENTER_RIGHT);
                HBox line = new HBox(8, text, right);
                line.setAlignment(Pos.CENTER_LEFT);
                setGraphic(line);
            }
        });
        recalls.recallsProperty().addListener((obs, old, now) -> list.getItems().setAll(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(messages.get("recall.hint"));
        hint.getStyleClass().add("history-line");
        hint.setWrapText(true);
        VBox box = new VBox(8, hint, list);
        box.getStyleClass().add("today-pane");
        return box;
    }

    private Region row(AppointmentView a, String right, String rightStyle) {
        Region swatch = new Region();
        swatch.getStyleClass().add("details-swatch");
        swatch.setStyle("-fx-background-color: " + a.colorHex() + ";");
        Label time = new Label(HOURS.format(a.start()));
        time.getStyleClass().add("today-time");
        Label name = new Label(a.patientName());
        name.getStyleClass().add("today-name");
        Label care = new Label(a.careTypeLabel() + " · " + a.practitionerName(), swatch);
        care.getStyleClass().add("today-care");
        VBox text = new VBox(1, name, care);
        text.setMinWidth(0);
        name.setMinWidth(0);
        care.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label(right);
        status.getStyleClass().addAll(rightStyle.split(" "));
        status.setMinWidth(Region.USE_PREF_SIZE);
        time.setMinWidth(Region.USE_PREF_SIZE);
        if (rightStyle.equals("waiting-time")) {
            // The waiting time under the name: the name keeps the row's width.
            text.getChildren().add(status);
            HBox line = new HBox(10, time, text);
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }
        HBox line = new HBox(10, time, text, status);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    private void wire(ListCell<?> cell, Supplier<AppointmentView> item) {
        cell.setOnMouseClicked(e -> {
            if (!cell.isEmpty() && item.get() != null) {
                onOpen.accept(item.get());
            }
        });
        cell.setOnContextMenuRequested(e -> {
            if (!cell.isEmpty() && item.get() != null) {
                onOpen.accept(item.get());
                menus.apply(item.get()).show(cell, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private final class AppointmentCell extends ListCell<AppointmentView> {
        AppointmentCell() {
            // The row takes the list's width (no horizontal scrolling): long names are shortened instead.
            setPrefWidth(0);
            wire(this, this::getItem);
        }

        @Override
        protected void updateItem(AppointmentView a, boolean empty) {
            super.updateItem(a, empty);
            setText(null);
            setGraphic(empty || a == null ? null : row(a, viewModel.statusLabel(a.status()),
                    "status-pill status-" + a.status().name().toLowerCase(Locale.ROOT)));
        }
    }

    private final class WaitingCell extends ListCell<TodayViewModel.Waiting> {
        WaitingCell() {
            setPrefWidth(0);
            wire(this, () -> getItem() == null ? null : getItem().appointment());
        }

        @Override
        protected void updateItem(TodayViewModel.Waiting w, boolean empty) {
            super.updateItem(w, empty);
            setText(null);
            setGraphic(empty || w == null ? null : row(w.appointment(), viewModel.waitingText(w.arrivedAt()),
                    "waiting-time"));
        }
    }

}
