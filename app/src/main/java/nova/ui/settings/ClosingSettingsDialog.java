package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.clinic.domain.ClosingPeriod;
import nova.ui.support.Messages;

/** « Réglages › Fermetures du cabinet »: the closing periods and the form of the selected or new one. Binds only. */
public final class ClosingSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public ClosingSettingsDialog(ClosingSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.closings.title"));
        dialog.setHeaderText(messages.get("settings.closings.header"));

        ListView<ClosingPeriod> list = new ListView<>();
        list.setId("settings-closings-list");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(messages.get("settings.closings.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ClosingPeriod item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.itemText(item));
                getStyleClass().remove("settings-inactive");
                if (!empty && item != null && viewModel.isPast(item)) {
                    getStyleClass().add("settings-inactive");
                }
            }
        });
        SettingsList.bind(list, viewModel.itemsProperty(), viewModel.selectedProperty());

        DatePicker first = new DatePicker();
        first.setId("settings-closings-first");
        first.setPrefWidth(140);
        first.valueProperty().bindBidirectional(viewModel.firstDayProperty());
        DatePicker last = new DatePicker();
        last.setId("settings-closings-last");
        last.setPrefWidth(140);
        last.valueProperty().bindBidirectional(viewModel.lastDayProperty());
        TextField reason = new TextField();
        reason.setId("settings-closings-reason");
        reason.setPromptText(messages.get("settings.closings.reason"));
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button add = new Button(messages.get("settings.resources.add"));
        add.setId("settings-closings-new");
        add.setOnAction(e -> viewModel.startNew());
        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-closings-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        save.disableProperty().bind(viewModel.booked().pendingProperty());
        Button remove = new Button(messages.get("waitlist.remove"));
        remove.setId("settings-closings-remove");
        remove.disableProperty().bind(viewModel.selectedProperty().isNull());
        remove.setOnAction(e -> viewModel.remove());
        Label error = new Label();
        error.setId("settings-closings-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        // On its own line and wrapped: after a save it may warn about appointments still booked in the closure.
        Label status = new Label();
        status.setId("settings-closings-status");
        status.getStyleClass().add("settings-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.statusProperty());

        HBox dates = new HBox(8, new Label(messages.get("settings.closings.first")), first,
                new Label(messages.get("settings.closings.last")), last);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(10, list, dates, reason, new HBox(8, add, save, remove),
                BookedWarningBox.build(viewModel.booked(), messages, "settings-closings"), status, error);
        content.setPrefWidth(560);
        dialog.getDialogPane().setId("settings-closings-dialog");
        SettingsDialogPane.installCloseOnly(dialog, content, messages);
        viewModel.load();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
