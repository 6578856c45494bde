package nova.ui.support;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts owned by the current main window, with French buttons. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        LOG.error("{}: {}", title, message, cause);
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(messages.get("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = create(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = create(type, title, message);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    private Alert create(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().getStyleClass().add("nova-dialog");
        alert.getDialogPane().getStylesheets().add(NovaTheme.stylesheet());
        return alert;
    }
}
