package nova.ui.main;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.ui.agenda.SlotRequest;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/**
 * « Bloquer ce créneau… »: the reason, the end (by quarter hour until the grid's end) and what it concerns (the
 * column's chair or practitioner by default, another one, or the whole clinic).
 */
final class BlockSlotDialog {

    /** What the dialog returns: a null resource blocks the whole clinic. */
    record Choice(UUID resourceId, LocalTime end, String reason) {
    }

    /** One entry of « Concerne »: a chair, a practitioner, or the whole clinic (null id). */
    private record Scope(UUID id, String label) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final TextField reason = new TextField();

    BlockSlotDialog(SlotRequest slot, List<Chair> chairs, List<Practitioner> practitioners, int lastMinute,
                    String slotText, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("blockout.dialog.title"));
        dialog.setHeaderText(messages.format("blockout.dialog.header", slotText));
        var pane = dialog.getDialogPane();
        pane.setId("block-slot-dialog");
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.getStyleClass().add("nova-dialog");
        ButtonType confirm = new ButtonType(messages.get("blockout.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("blockout.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, cancel);

        reason.setId("block-reason");
        reason.setPromptText(messages.get("blockout.dialog.reasonPrompt"));
        reason.setPrefColumnCount(28);

        ComboBox<LocalTime> end = new ComboBox<>();
        end.setId("block-end");
        int startMinute = slot.time().toSecondOfDay() / 60;
        for (int minute = startMinute + 15; minute <= Math.max(lastMinute, startMinute + 15); minute += 15) {
            end.getItems().add(minute >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60));
        }
        // An hour by default, or what is left of the day.
        end.getSelectionModel().select(Math.min(3, end.getItems().size() - 1));
        end.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalTime time) {
                return time == null ? "" : time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
            }

            @Override
            public LocalTime fromString(String text) {
                return null;
            }
        });

        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(null, messages.get("blockout.dialog.wholeClinic")));
        chairs.forEach(c -> scopes.add(new Scope(c.id(), c.name())));
        practitioners.forEach(p -> scopes.add(new Scope(p.id(), p.displayName())));
        ComboBox<Scope> scope = new ComboBox<>();
        scope.setId("block-scope");
        scope.getItems().setAll(scopes);
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scope value) {
                return value == null ? "" : value.label();
            }

            @Override
            public Scope fromString(String text) {
                return null;
            }
        });
        scope.getSelectionModel().select(scopes.stream().filter(s -> s.id() != null && s.id().equals(slot.columnKey()))
                .findFirst().orElse(scopes.getFirst()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, caption(messages.get("blockout.dialog.scope")), scope);
        form.addRow(1, caption(messages.get("blockout.dialog.end")), end);
        form.addRow(2, caption(messages.get("blockout.dialog.reason")), reason);
        pane.setContent(form);
        pane.lookupButton(confirm).setId("block-confirm");
        pane.lookupButton(confirm).disableProperty().bind(end.valueProperty().isNull());
        dialog.setResultConverter(button -> button == confirm
                ? new Choice(scope.getValue() == null ? null : scope.getValue().id(), end.getValue(), reason.getText())
                : null);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    Optional<Choice> showAndWait() {
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
