package nova.ui.today;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.clinic.domain.CareType;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;
import nova.ui.support.PatientPicker;

/** "Patient sans rendez-vous": find the patient, choose the care type; the queue books the first free chair. */
final class WalkInDialog {

    record Choice(PatientSummary patient, CareType careType) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final TextField search;

    WalkInDialog(TodayViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("today.walkin.title"));
        dialog.setHeaderText(messages.get("today.walkin.header"));
        var pane = dialog.getDialogPane();
        pane.setId("walkin-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType confirm = new ButtonType(messages.get("today.walkin.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, close);

        PatientPicker picker = new PatientPicker("walkin", messages.get("today.walkin.search"),
                viewModel::searchPatients);
        search = picker.field();
        ListView<PatientSummary> results = picker.results();
        results.setPrefHeight(180);
        results.setPlaceholder(new Label(messages.get("today.walkin.noPatient")));
        ComboBox<CareType> care = PatientPicker.careTypeBox("walkin-care", viewModel.careTypes());
        Label careCaption = new Label(messages.get("today.walkin.careType"));
        careCaption.getStyleClass().add("field-label");
        pane.setContent(new VBox(8, search, results, careCaption, care));
        pane.setPrefWidth(460);
        pane.lookupButton(confirm).setId("walkin-confirm");
        pane.lookupButton(confirm).disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull()
                .or(care.valueProperty().isNull()));
        dialog.setResultConverter(button -> button == confirm
                ? new Choice(results.getSelectionModel().getSelectedItem(), care.getValue()) : null);
    }

    Optional<Choice> showAndWait() {
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }
}
