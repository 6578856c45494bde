package nova.ui.settings;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import nova.ui.support.Messages;
import nova.ui.support.NovaTheme;

/**
 * The frame shared by the settings dialogs: the app's stylesheet, the content, « Enregistrer » (saves in the
 * background and closes the dialog once the save is done, so a refusal can still be shown) and « Fermer ».
 */
final class SettingsDialogPane {

    private SettingsDialogPane() {
    }

    /** {@code save} receives the action to run once saving succeeded. */
    static void install(Dialog<?> dialog, Node content, Messages messages, Consumer<Runnable> save) {
        var pane = dialog.getDialogPane();
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.setContent(content);
        ButtonType saveButton = new ButtonType(messages.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(saveButton, new ButtonType(messages.get("settings.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.lookupButton(saveButton).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(dialog::close);
        });
    }

    /** For the list dialogs whose changes are saved one by one inside the content: only « Fermer ». */
    static void installCloseOnly(Dialog<?> dialog, Node content, Messages messages) {
        var pane = dialog.getDialogPane();
        pane.getStylesheets().add(NovaTheme.stylesheet());
        pane.setContent(content);
        pane.getButtonTypes().add(new ButtonType(messages.get("settings.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
