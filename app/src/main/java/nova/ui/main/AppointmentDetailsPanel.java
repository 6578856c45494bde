package nova.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nova.agenda.domain.AppointmentView;
import nova.ui.support.Messages;

/** The right-hand panel: everything about the selected appointment, or how to create one. */
final class AppointmentDetailsPanel extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.FRENCH);

    private final Messages messages;
    private final VBox card = new VBox();
    private final Label empty;

    AppointmentDetailsPanel(Messages messages) {
        this.messages = messages;
        getStyleClass().add("details-panel");
        setId("details-panel");
        Label title = new Label(messages.get("details.title"));
        title.getStyleClass().add("section-title");
        empty = new Label(messages.get("details.empty"));
        empty.getStyleClass().add("details-empty");
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.setAlignment(Pos.CENTER);
        card.getStyleClass().add("details-card");
        getChildren().addAll(title, empty, card);
        show(null);
    }

    void show(AppointmentView item) {
        card.getChildren().clear();
        boolean has = item != null;
        card.setVisible(has);
        card.setManaged(has);
        empty.setVisible(!has);
        empty.setManaged(!has);
        if (!has) {
            return;
        }
        Label name = new Label(item.patientName());
        name.getStyleClass().add("details-name");
        name.setId("details-patient");
        Label status = new Label(messages.get("status." + item.status().name()));
        status.getStyleClass().addAll("status-pill", "status-" + item.status().name().toLowerCase(Locale.ROOT));
        Region swatch = new Region();
        swatch.getStyleClass().add("details-swatch");
        // The care type's colour is data (chosen per clinic): the one inline style.
        swatch.setStyle("-fx-background-color: " + item.colorHex() + ";");
        Label care = new Label(item.careTypeLabel(), swatch);
        care.getStyleClass().add("details-value");
        String when = capitalize(DAY.format(item.start())) + "\n" + HOURS.format(item.start()) + " – "
                + HOURS.format(item.end());
        card.getChildren().addAll(
                name,
                new HBox(status),
                row("details.when", value(when)),
                row("details.careType", care),
                row("details.practitioner", value(item.practitionerName())),
                row("details.chair", value(item.chairName())),
                row("details.phone", value(blank(item.patientPhone()) ? messages.get("details.noPhone")
                        : item.patientPhone())),
                row("details.notes", value(blank(item.notes()) ? messages.get("details.noNotes") : item.notes())));
    }

    private VBox row(String key, Label value) {
        Label caption = new Label(messages.get(key));
        caption.getStyleClass().add("field-label");
        return new VBox(2, caption, value);
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-value");
        label.setWrapText(true);
        return label;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }
}
