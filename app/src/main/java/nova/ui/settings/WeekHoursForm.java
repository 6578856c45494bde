package nova.ui.settings;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nova.ui.support.Messages;

/** The check boxes of the days and the four time fields of a {@link WeekHoursFields}, as one block. Binds only. */
final class WeekHoursForm {

    private WeekHoursForm() {
    }

    static VBox build(WeekHoursFields fields, List<DayOfWeek> order, Messages messages, String idPrefix) {
        FlowPane days = new FlowPane(10, 6);
        for (DayOfWeek day : order) {
            String name = day.getDisplayName(TextStyle.FULL, Messages.LOCALE);
            CheckBox box = new CheckBox(name.substring(0, 1).toUpperCase(Messages.LOCALE) + name.substring(1));
            box.setId(idPrefix + "-day-" + day.getValue());
            box.selectedProperty().bindBidirectional(fields.dayProperty(day));
            days.getChildren().add(box);
        }
        TextField opening = time(fields.openingProperty(), idPrefix + "-opening");
        TextField closing = time(fields.closingProperty(), idPrefix + "-closing");
        TextField breakStart = time(fields.breakStartProperty(), idPrefix + "-break-start");
        TextField breakEnd = time(fields.breakEndProperty(), idPrefix + "-break-end");
        javafx.scene.layout.GridPane times = new javafx.scene.layout.GridPane();
        times.getStyleClass().add("form-grid");
        times.addRow(0, label(messages.get("wizard.clinic.opening")), opening,
                label(messages.get("wizard.clinic.closing")), closing);
        times.addRow(1, label(messages.get("wizard.clinic.breakStart")), breakStart,
                label(messages.get("wizard.clinic.breakEnd")), breakEnd);
        return new VBox(8, days, times);
    }

    private static TextField time(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setPromptText("HH:MM");
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
