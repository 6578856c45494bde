package nova.ui.main;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.ui.support.FrenchFormats;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/** Déplacer…: date, start (quarter hours), chair, practitioner and duration, pre-filled with the current ones. */
final class MoveDialog {

    /** What the user chose; the view model sends it to the agenda service. */
    record Target(Chair chair, Practitioner practitioner, ZonedDateTime start, int durationMinutes) {
    }

    private final Dialog<Target> dialog = new Dialog<>();

    MoveDialog(AppointmentView item, AgendaViewModel viewModel, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("move.title"));
        dialog.setHeaderText(messages.format("move.header", item.patientName()));
        var pane = dialog.getDialogPane();
        pane.setId("move-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType confirm = new ButtonType(messages.get("move.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("move.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, keep);

        DatePicker date = new DatePicker(item.start().toLocalDate());
        date.setId("move-date");
        date.setConverter(FrenchFormats.dateConverter());
        ComboBox<LocalTime> start = new ComboBox<>();
        start.setId("move-start");
        start.getItems().setAll(quarterHours(viewModel));
        LocalTime current = item.start().toLocalTime();
        if (!start.getItems().contains(current)) {
            start.getItems().add(current);
            start.getItems().sort(null);
        }
        start.setValue(current);
        ComboBox<Chair> chair = new ComboBox<>();
        chair.setId("move-chair");
        chair.getItems().setAll(viewModel.chairs());
        chair.setConverter(named(Chair::name));
        chair.setValue(viewModel.chairs().stream().filter(c -> Objects.equals(c.id(), item.chairId())).findFirst()
                .orElse(null));
        ComboBox<Practitioner> practitioner = new ComboBox<>();
        practitioner.setId("move-practitioner");
        practitioner.getItems().setAll(viewModel.practitioners());
        practitioner.setConverter(named(Practitioner::displayName));
        practitioner.setValue(viewModel.practitioners().stream()
                .filter(p -> Objects.equals(p.id(), item.practitionerId())).findFirst().orElse(null));
        int minutes = (int) Duration.between(item.start(), item.end()).toMinutes();
        Spinner<Integer> duration = new Spinner<>(5, 480, minutes, 5);
        duration.setId("move-duration");
        duration.setEditable(true);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(10);
        String chairCaption = messages.get("details.chair");
        Object[][] rows = {{"move.date", date}, {"move.start", start}, {null, chair},
            {"details.practitioner", practitioner}, {"move.duration", duration}};
        for (int r = 0; r < rows.length; r++) {
            String key = (String) rows[r][0];
            Label caption = new Label(key == null ? chairCaption : messages.get(key));
            caption.getStyleClass().add("field-label");
            grid.add(caption, 0, r);
            grid.add((javafx.scene.Node) rows[r][1], 1, r);
        }
        pane.setContent(grid);
        pane.lookupButton(confirm).setId("move-confirm");
        pane.lookupButton(confirm).disableProperty().bind(date.valueProperty().isNull()
                .or(start.valueProperty().isNull()).or(chair.valueProperty().isNull())
                .or(practitioner.valueProperty().isNull()));
        dialog.setResultConverter(button -> button != confirm ? null : new Target(chair.getValue(),
                practitioner.getValue(), ZonedDateTime.of(date.getValue(), start.getValue(), item.start().getZone()),
                duration.getValue()));
    }

    Optional<Target> showAndWait() {
        return dialog.showAndWait();
    }

    private static List<LocalTime> quarterHours(AgendaViewModel viewModel) {
        List<LocalTime> times = new ArrayList<>();
        LocalTime t = viewModel.profile().opening();
        while (t.isBefore(viewModel.profile().closing())) {
            times.add(t);
            t = t.plusMinutes(15);
        }
        return times;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
