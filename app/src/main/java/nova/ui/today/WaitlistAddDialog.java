package nova.ui.today;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.WaitlistWish;
import nova.clinic.domain.CareType;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;
import nova.ui.support.PatientPicker;

/** « Ajouter à la liste d'attente »: find the patient, the care type, and the wish (days, part of the day). */
final class WaitlistAddDialog {

    /** Part of the day as the receptionist says it; null range = any time. */
    private record DayPart(String label, ClockRange range) {
    }

    private final Dialog<WaitlistWish> dialog = new Dialog<>();
    private final TextField search;

    WaitlistAddDialog(WaitlistViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("waitlist.add.title"));
        dialog.setHeaderText(messages.get("waitlist.add.header"));
        var pane = dialog.getDialogPane();
        pane.setId("waitlist-add-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType confirm = new ButtonType(messages.get("waitlist.add.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, close);

        PatientPicker picker = new PatientPicker("waitlist", messages.get("today.walkin.search"),
                query -> viewModel.session().patients().search(query, 20));
        search = picker.field();
        ListView<PatientSummary> results = picker.results();
        results.setPrefHeight(150);
        ComboBox<CareType> care = PatientPicker.careTypeBox("waitlist-care",
                viewModel.session().clinic().careTypes());

        Map<DayOfWeek, CheckBox> dayBoxes = new LinkedHashMap<>();
        FlowPane days = new FlowPane(8, 4);
        for (DayOfWeek day : viewModel.session().clinic().profile().workingDays().stream().sorted().toList()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, Locale.FRENCH));
            dayBoxes.put(day, box);
            days.getChildren().add(box);
        }
        ComboBox<DayPart> part = new ComboBox<>();
        part.setId("waitlist-part");
        var profile = viewModel.session().clinic().profile();
        part.getItems().setAll(new DayPart(messages.get("waitlist.part.any"), null),
                new DayPart(messages.get("waitlist.part.morning"), ClockRange.of(profile.opening(),
                        profile.hasBreak() ? profile.breakStart() : java.time.LocalTime.NOON)),
                new DayPart(messages.get("waitlist.part.afternoon"), ClockRange.of(
                        profile.hasBreak() ? profile.breakEnd() : java.time.LocalTime.NOON, profile.closing())));
        part.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayPart p) {
                return p == null ? "" : p.label() + (p.range() == null ? "" : " (" + p.range() + ")");
            }

            @Override
            public DayPart fromString(String s) {
                return null;
            }
        });
        part.setValue(part.getItems().getFirst());
        part.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField();
        note.setId("waitlist-note");
        note.setPromptText(messages.get("waitlist.add.note"));

        pane.setContent(new VBox(8, search, results, caption(messages.get("today.walkin.careType")), care,
                caption(messages.get("waitlist.add.days")), days, caption(messages.get("waitlist.add.part")), part,
                note));
        pane.setPrefWidth(480);
        pane.lookupButton(confirm).setId("waitlist-add-confirm");
        pane.lookupButton(confirm).disableProperty().bind(results.getSelectionModel().selectedItemProperty()
                .isNull().or(care.valueProperty().isNull()));
        dialog.setResultConverter(button -> {
            if (button != confirm) {
                return null;
            }
            Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
            dayBoxes.forEach((day, box) -> {
                if (box.isSelected()) {
                    chosen.add(day);
                }
            });
            String text = note.getText() == null || note.getText().isBlank() ? null : note.getText().strip();
            return new WaitlistWish(results.getSelectionModel().getSelectedItem().id(), care.getValue().code(),
                    null, chosen, part.getValue() == null ? null : part.getValue().range(), null, null, text);
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    Optional<WaitlistWish> showAndWait() {
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }
}
