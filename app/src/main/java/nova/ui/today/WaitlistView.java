package nova.ui.today;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.WaitlistLine;
import nova.patient.service.PhoneNumbers;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/** The « Liste d'attente » tab, and the notice that offers a freed slot to the requests it suits. */
public final class WaitlistView {

    private final WaitlistViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> owner;

    public WaitlistView(WaitlistViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
    }

    public Region pane() {
        ListView<WaitlistLine> list = new ListView<>();
        list.setId("waitlist-list");
        list.getStyleClass().add("today-list");
        list.setPlaceholder(new Label(messages.get("waitlist.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(WaitlistLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                setGraphic(empty || line == null ? null : lineGraphic(line));
            }
        });
        viewModel.linesProperty().addListener((obs, old, now) -> list.getItems().setAll(now));
        list.getItems().setAll(viewModel.linesProperty().get());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button(messages.get("waitlist.add"));
        add.setId("waitlist-add");
        add.setOnAction(e -> new WaitlistAddDialog(viewModel, messages, owner.get()).showAndWait()
                .ifPresent(wish -> viewModel.add(wish, null)));
        Button remove = new Button(messages.get("waitlist.remove"));
        remove.setId("waitlist-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            WaitlistLine chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                viewModel.remove(chosen.entry().id());
            }
        });
        HBox actions = new HBox(8, add, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label hint = new Label(messages.get("waitlist.hint"));
        hint.getStyleClass().add("history-line");
        hint.setWrapText(true);
        VBox box = new VBox(8, hint, actions, error, list);
        box.getStyleClass().add("today-pane");
        return box;
    }

    private HBox lineGraphic(WaitlistLine line) {
        Label name = new Label(line.entry().patientName());
        name.getStyleClass().add("today-name");
        name.setMinWidth(0);
        String phone = line.entry().patientPhone() == null ? ""
                : " · " + PhoneNumbers.display(line.entry().patientPhone());
        Label care = new Label(viewModel.careLabel(line.entry().careTypeCode()) + " · "
                + viewModel.wishText(line.wish()) + phone);
        care.getStyleClass().add("today-care");
        care.setMinWidth(0);
        VBox text = new VBox(1, name, care);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label since = new Label(viewModel.sinceText(line));
        since.getStyleClass().add("today-care");
        since.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, text, since);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * After a cancellation or a move: looks for requests the freed slot suits and, when there are some, shows
     * them; the chosen one is booked into the slot and {@code onBooked} gets the new appointment.
     */
    public void offerFreedSlot(AppointmentView freed, Consumer<AppointmentView> onBooked) {
        viewModel.offersFor(freed, offers -> showOffers(freed, offers, onBooked));
    }

    private void showOffers(AppointmentView freed, List<WaitlistLine> offers, Consumer<AppointmentView> onBooked) {
        Dialog<WaitlistLine> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(messages.get("waitlist.offer.title"));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' HH:mm", Locale.FRENCH);
        dialog.setHeaderText(viewModel.offersNotice(offers.size()) + "\n" + when.format(freed.start())
                + (freed.chairName() == null ? "" : " · " + freed.chairName()));
        var pane = dialog.getDialogPane();
        pane.setId("waitlist-offer-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType book = new ButtonType(messages.get("waitlist.offer.book"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("waitlist.offer.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(book, later);
        ListView<WaitlistLine> list = new ListView<>();
        list.setId("waitlist-offers");
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WaitlistLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                setGraphic(empty || line == null ? null : lineGraphic(line));
            }
        });
        list.getItems().setAll(offers);
        list.getSelectionModel().selectFirst();
        pane.setContent(list);
        pane.setPrefWidth(460);
        pane.lookupButton(book).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == book ? list.getSelectionModel().getSelectedItem() : null);
        dialog.showAndWait().ifPresent(chosen -> viewModel.bookOffer(chosen, freed, onBooked));
    }
}
