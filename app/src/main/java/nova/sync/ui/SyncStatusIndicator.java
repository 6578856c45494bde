package nova.sync.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/**
 * The status bar's sync item: a coloured dot and a line ("En ligne · 3 en attente · Dernière synchro 10:42"),
 * a thin progress bar during long synchronisations, the last error as tooltip. Clicking it runs
 * {@code onOpen} (the lead opens the "À résoudre" dialog there).
 */
public final class SyncStatusIndicator extends HBox {

    private static final String STYLESHEET = SyncStatusIndicator.class.getResource("sync.css").toExternalForm();

    public SyncStatusIndicator(SyncStatusViewModel model, Runnable onOpen) {
        setId("sync-status");
        getStyleClass().add("sync-indicator");
        getStylesheets().add(STYLESHEET);
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("sync-dot", model.dotStyleClassProperty().get());
        model.dotStyleClassProperty().addListener((obs, old, now) -> {
            dot.getStyleClass().remove(old);
            dot.getStyleClass().add(now);
        });
        Label label = new Label();
        label.textProperty().bind(model.textProperty());
        label.getStyleClass().add("sync-label");
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("sync-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.progressProperty().greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.when(model.lastErrorProperty().isNull())
                .then("Cliquer pour voir les éléments à résoudre et les erreurs.")
                .otherwise(model.lastErrorProperty()));
        Tooltip.install(this, tooltip);
        getChildren().addAll(dot, label, bar);
        setOnMouseClicked(event -> onOpen.run());
    }
}
