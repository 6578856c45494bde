package nova.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.ui.support.Messages;

/** « Réglages › Cabinet »: the clinic's identity, zone and opening hours. Binds only. */
public final class ClinicDetailsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public ClinicDetailsDialog(ClinicDetailsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.clinic.title"));
        dialog.setHeaderText(messages.get("settings.clinic.header"));
        TextField name = field("settings-clinic-name", viewModel.nameProperty(), 32);
        TextField address = field("settings-clinic-address", viewModel.addressProperty(), 32);
        TextField phone = field("settings-clinic-phone", viewModel.phoneProperty(), 16);
        phone.setPromptText("+213 21 00 00 00");
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("settings-clinic-zone");
        zone.setEditable(true);
        zone.getItems().setAll(viewModel.zoneChoices());
        zone.valueProperty().bindBidirectional(viewModel.zoneProperty());
        TextField callingCode = field("settings-clinic-calling-code", viewModel.callingCodeProperty(), 4);

        Label zoneWarning = new Label();
        zoneWarning.setId("settings-clinic-zone-warning");
        zoneWarning.getStyleClass().add("settings-warning");
        zoneWarning.setWrapText(true);
        zoneWarning.textProperty().bind(viewModel.zoneWarningProperty());
        zoneWarning.visibleProperty().bind(viewModel.zoneWarningProperty().isNotEmpty());
        zoneWarning.managedProperty().bind(zoneWarning.visibleProperty());

        Label error = new Label();
        error.setId("settings-clinic-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, label(messages.get("wizard.clinic.name")), name);
        grid.addRow(1, label(messages.get("wizard.clinic.address")), address);
        grid.addRow(2, label(messages.get("settings.clinic.phone")), phone);
        grid.addRow(3, label(messages.get("wizard.clinic.zone")), zone);
        grid.addRow(4, label(messages.get("wizard.clinic.callingCode")), callingCode);

        Label hours = new Label(messages.get("settings.clinic.hours"));
        hours.getStyleClass().add("field-label");
        VBox content = new VBox(10, grid, zoneWarning, hours,
                WeekHoursForm.build(viewModel.week(), viewModel.weekOrder(), messages, "settings-clinic"),
                error);
        content.setPrefWidth(620);
        dialog.getDialogPane().setId("settings-clinic-dialog");
        SettingsDialogPane.install(dialog, content, messages, viewModel::save);
        viewModel.load();
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
