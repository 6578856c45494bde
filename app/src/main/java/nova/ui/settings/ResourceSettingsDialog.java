package nova.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nova.clinic.domain.ResourceSetting;
import nova.ui.support.Messages;

/**
 * « Réglages › Praticiens » and « Réglages › Fauteuils / Salles »: the list on the left, the form of the selected or
 * new one on the right; each « Enregistrer » saves at once. Binds only.
 */
public final class ResourceSettingsDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public ResourceSettingsDialog(ResourceSettingsViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        String prefix = viewModel.kind() == ResourceSettingsViewModel.Kind.PRACTITIONER
                ? "settings-practitioners" : "settings-chairs";
        dialog.setTitle(viewModel.title());
        dialog.setHeaderText(messages.get("settings.resources.header"));

        ListView<ResourceSetting> list = new ListView<>();
        list.setId(prefix + "-list");
        list.setPrefSize(330, 360);
        list.setMinWidth(330);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ResourceSetting item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.itemText(item));
                getStyleClass().remove("settings-inactive");
                if (!empty && item != null && !item.active()) {
                    getStyleClass().add("settings-inactive");
                }
            }
        });
        SettingsList.bind(list, viewModel.itemsProperty(), viewModel.selectedProperty());
        Button add = new Button(messages.get("settings.resources.add"));
        add.setId(prefix + "-new");
        add.setOnAction(e -> viewModel.startNew());
        Button toggle = new Button();
        toggle.setId(prefix + "-toggle");
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
        TextField name = new TextField();
        name.setId(prefix + "-name");
        name.setPrefColumnCount(20);
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, label(messages.get("settings.resources.name")), name);
        if (viewModel.hasSpeciality()) {
            TextField speciality = new TextField();
            speciality.setId(prefix + "-speciality");
            speciality.textProperty().bindBidirectional(viewModel.specialityProperty());
            grid.addRow(1, label(messages.get("settings.resources.speciality")), speciality);
        }
        CheckBox ownHours = new CheckBox(messages.get("settings.resources.ownHours"));
        ownHours.setId(prefix + "-own-hours");
        ownHours.selectedProperty().bindBidirectional(viewModel.ownHoursProperty());
        VBox week = WeekHoursForm.build(viewModel.week(), viewModel.weekOrder(), messages, prefix);
        week.disableProperty().bind(viewModel.ownHoursProperty().not());
        Button save = new Button(messages.get("settings.save"));
        save.setId(prefix + "-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        save.disableProperty().bind(viewModel.booked().pendingProperty());
        Label error = new Label();
        error.setId(prefix + "-error");
        error.getStyleClass().add("settings-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        Label status = new Label();
        status.getStyleClass().add("settings-status");
        status.textProperty().bind(viewModel.statusProperty());
        VBox form = new VBox(10, formTitle, grid, ownHours, week, new HBox(10, save, status),
                BookedWarningBox.build(viewModel.booked(), messages, prefix), error);
        form.getStyleClass().add("settings-form");
        form.setPrefWidth(520);
        form.setMinWidth(520);
        HBox.setHgrow(form, Priority.ALWAYS);

        HBox content = new HBox(12, left, form);
        dialog.getDialogPane().setId(prefix + "-dialog");
        SettingsDialogPane.installCloseOnly(dialog, content, messages);
        viewModel.load();
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
