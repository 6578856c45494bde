package nova.ui.support;

import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts owned by the current main window, with French buttons. */
public final class FxDialogService implements DialogService {

    /** Looked up when first needed: starting the logging framework must not delay the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(FxDialogService.class);
    }

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
        log().error("{}: {}", title, message, cause);
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

    @Override
    public void showReference(String title, String header, Map<String, String> rows, String footnote) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        for (Map.Entry<String, String> entry : rows.entrySet()) {
            Label key = new Label(entry.getKey());
            key.getStyleClass().add("shortcut-key");
            grid.add(key, 0, row);
            grid.add(new Label(entry.getValue()), 1, row);
            row++;
        }
        VBox content = new VBox(12, grid);
        if (footnote != null && !footnote.isBlank()) {
            Label note = new Label(footnote);
            note.setWrapText(true);
            note.getStyleClass().add("muted");
            note.setMaxWidth(460);
            content.getChildren().add(note);
        }
        Alert alert = create(Alert.AlertType.NONE, title, null);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(content);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, java.nio.file.Path initialDirectory,
                                                                 String fileName, String typeLabel,
                                                                 String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && java.nio.file.Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(typeLabel, "*." + extension));
        java.io.File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path path = chosen.toPath();
        // Some platforms return the typed name without the filter's extension.
        return java.util.Optional.of(path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith("." + extension) ? path : path.resolveSibling(path.getFileName() + "." + extension));
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
