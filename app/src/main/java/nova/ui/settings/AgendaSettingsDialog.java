package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.DoubleBookingPolicy;
import nova.agenda.domain.Holiday;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/** « Réglages › Agenda »: double-booking policy, public holidays, one-off blockouts. Binds only. */
public final class AgendaSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public AgendaSettingsDialog(AgendaSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.agenda.title"));
        dialog.setHeaderText(messages.get("settings.agenda.header"));

        // Double booking: saved as soon as it is chosen.
        ToggleGroup group = new ToggleGroup();
        RadioButton refuse = new RadioButton(messages.get("settings.agenda.policy.refuse"));
        refuse.setId("settings-agenda-refuse");
        refuse.setToggleGroup(group);
        refuse.setUserData(DoubleBookingPolicy.REFUSE);
        RadioButton warn = new RadioButton(messages.get("settings.agenda.policy.warn"));
        warn.setId("settings-agenda-warn");
        warn.setToggleGroup(group);
        warn.setUserData(DoubleBookingPolicy.WARN);
        viewModel.policyProperty().addListener((obs, old, now) ->
                group.selectToggle(now == DoubleBookingPolicy.WARN ? warn : refuse));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.policyProperty().set((DoubleBookingPolicy) now.getUserData());
            }
        });

        // Holidays of the year.
        ListView<Holiday> holidays = new ListView<>();
        holidays.setId("settings-agenda-holidays");
        holidays.setPrefHeight(150);
        holidays.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Holiday h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : viewModel.holidayText(h));
            }
        });
        viewModel.holidaysProperty().addListener((obs, old, now) -> holidays.getItems().setAll(now));
        DatePicker holidayDate = new DatePicker();
        holidayDate.setId("settings-agenda-holiday-date");
        holidayDate.setPrefWidth(140);
        TextField holidayName = new TextField();
        holidayName.setId("settings-agenda-holiday-name");
        holidayName.setPromptText(messages.get("settings.agenda.holiday.name"));
        Button addHoliday = new Button(messages.get("waitlist.add"));
        addHoliday.setId("settings-agenda-holiday-add");
        addHoliday.setOnAction(e -> {
            viewModel.addHoliday(holidayDate.getValue(), holidayName.getText());
            holidayName.clear();
        });
        Button removeHoliday = new Button(messages.get("waitlist.remove"));
        removeHoliday.setId("settings-agenda-holiday-remove");
        removeHoliday.disableProperty().bind(holidays.getSelectionModel().selectedItemProperty().isNull());
        removeHoliday.setOnAction(e -> viewModel.removeHoliday(holidays.getSelectionModel().getSelectedItem()));

        // Blockouts of the coming weeks.
        ListView<Blockout> blockouts = new ListView<>();
        blockouts.setId("settings-agenda-blockouts");
        blockouts.setPrefHeight(150);
        blockouts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Blockout b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : viewModel.blockoutText(b));
            }
        });
        viewModel.blockoutsProperty().addListener((obs, old, now) -> blockouts.getItems().setAll(now));
        ComboBox<AgendaSettingsViewModel.Resource> resource = new ComboBox<>();
        resource.setId("settings-agenda-blockout-resource");
        resource.getItems().setAll(viewModel.resources());
        resource.getSelectionModel().selectFirst();
        DatePicker blockoutDate = new DatePicker(viewModel.today());
        blockoutDate.setId("settings-agenda-blockout-date");
        blockoutDate.setPrefWidth(140);
        TextField start = new TextField("08:00");
        start.setId("settings-agenda-blockout-start");
        start.setPrefColumnCount(5);
        TextField end = new TextField("12:00");
        end.setId("settings-agenda-blockout-end");
        end.setPrefColumnCount(5);
        TextField reason = new TextField();
        reason.setId("settings-agenda-blockout-reason");
        reason.setPromptText(messages.get("settings.agenda.blockout.reason"));
        Button addBlockout = new Button(messages.get("waitlist.add"));
        addBlockout.setId("settings-agenda-blockout-add");
        addBlockout.setOnAction(e -> viewModel.addBlockout(resource.getValue(), blockoutDate.getValue(),
                start.getText(), end.getText(), reason.getText()));
        Button removeBlockout = new Button(messages.get("waitlist.remove"));
        removeBlockout.setId("settings-agenda-blockout-remove");
        removeBlockout.disableProperty().bind(blockouts.getSelectionModel().selectedItemProperty().isNull());
        removeBlockout.setOnAction(e -> viewModel.removeBlockout(blockouts.getSelectionModel().getSelectedItem()));
        Button copyBlockout = new Button(messages.get("settings.agenda.blockout.copy"));
        copyBlockout.setId("settings-agenda-blockout-copy");
        copyBlockout.disableProperty().bind(blockouts.getSelectionModel().selectedItemProperty().isNull());
        copyBlockout.setOnAction(e -> viewModel.copyBlockout(blockouts.getSelectionModel().getSelectedItem(),
                blockoutDate.getValue()));

        Label error = new Label();
        error.setId("settings-agenda-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        VBox content = new VBox(8,
                caption(messages.get("settings.agenda.policy")), new HBox(16, refuse, warn),
                caption(messages.format("settings.agenda.holidays", String.valueOf(viewModel.today().getYear()))), holidays,
                new HBox(8, holidayDate, holidayName, addHoliday, removeHoliday),
                caption(messages.format("settings.agenda.blockouts", AgendaSettingsViewModel.BLOCKOUT_WEEKS)),
                blockouts,
                new HBox(8, resource, blockoutDate, start, new Label("–"), end),
                new HBox(8, reason, addBlockout, removeBlockout, copyBlockout),
                error);
        content.setPrefWidth(640);
        var pane = dialog.getDialogPane();
        pane.setId("settings-agenda-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.setContent(content);
        pane.getButtonTypes().add(new ButtonType(messages.get("settings.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.load();
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
