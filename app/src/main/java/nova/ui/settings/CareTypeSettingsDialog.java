package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import nova.clinic.domain.CareTypeSetting;
import nova.ui.support.Messages;

/** « Réglages › Types de soin »: the list and the form of the selected or new care type. Binds only. */
public final class CareTypeSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public CareTypeSettingsDialog(CareTypeSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("settings.careTypes.title"));
        dialog.setHeaderText(messages.get("settings.resources.header"));

        ListView<CareTypeSetting> list = new ListView<>();
        list.setId("settings-care-types-list");
        list.setPrefSize(300, 320);
        list.setMinWidth(300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CareTypeSetting item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("settings-inactive");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(viewModel.itemText(item));
                javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(14, 14,
                        Color.web(item.careType().colorHex()));
                swatch.setArcWidth(4);
                swatch.setArcHeight(4);
                setGraphic(swatch);
                if (!item.active()) {
                    getStyleClass().add("settings-inactive");
                }
            }
        });
        SettingsList.bind(list, viewModel.itemsProperty(), viewModel.selectedProperty());
        Button add = new Button(messages.get("settings.resources.add"));
        add.setId("settings-care-types-new");
        add.setOnAction(e -> viewModel.startNew());
        Button toggle = new Button();
        toggle.setId("settings-care-types-toggle");
        toggle.disableProperty().bind(viewModel.selectedProperty().isNull());
        toggle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(viewModel::toggleText,
                viewModel.selectedProperty()));
        toggle.setOnAction(e -> viewModel.toggleActive());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox left = new VBox(8, list, new HBox(8, add, toggle));

        Label formTitle = new Label();
        formTitle.getStyleClass().add("settings-form-title");
        formTitle.textProperty().bind(viewModel.formTitleProperty());
        TextField label = new TextField();
        label.setId("settings-care-types-label");
        label.setPrefColumnCount(18);
        label.textProperty().bindBidirectional(viewModel.labelProperty());
        TextField duration = new TextField();
        duration.setId("settings-care-types-duration");
        duration.setPrefColumnCount(4);
        duration.textProperty().bindBidirectional(viewModel.durationProperty());
        ColorPicker colour = new ColorPicker();
        colour.setId("settings-care-types-colour");
        // The view model keeps « #RRGGBB »; the picker shows it and writes it back.
        viewModel.colourProperty().addListener((obs, old, now) -> {
            if (now != null && now.matches("#[0-9A-Fa-f]{6}") && !hex(colour.getValue()).equalsIgnoreCase(now)) {
                colour.setValue(Color.web(now));
            }
        });
        colour.setValue(Color.web(viewModel.colourProperty().get()));
        colour.valueProperty().addListener((obs, old, now) -> viewModel.colourProperty().set(hex(now)));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, label(messages.get("settings.resources.name")), label);
        grid.addRow(1, label(messages.get("settings.careTypes.duration")), duration);
        grid.addRow(2, label(messages.get("settings.careTypes.colour")), colour);
        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-care-types-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        Label error = new Label();
        error.setId("settings-care-types-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        Label status = new Label();
        status.getStyleClass().add("settings-status");
        status.textProperty().bind(viewModel.statusProperty());
        VBox form = new VBox(10, formTitle, grid, new HBox(10, save, status), error);
        form.getStyleClass().add("settings-form");
        form.setPrefWidth(360);
        form.setMinWidth(360);
        HBox.setHgrow(form, Priority.ALWAYS);

        dialog.getDialogPane().setId("settings-care-types-dialog");
        SettingsDialogPane.installCloseOnly(dialog, new HBox(12, left, form), messages);
        viewModel.load();
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static String hex(Color color) {
        if (color == null) {
            return "";
        }
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
