package nova.sync.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nova.sync.domain.ConflictChoice;
import nova.sync.domain.SyncRecordError;

/**
 * "À résoudre": the open conflicts on the left, the selected one's two versions side by side, and the two
 * choices (the version not chosen is kept by the service in the conflict's history); a second tab lists the
 * records that did not sync, with their French reason and "Réessayer".
 */
public final class ConflictListView extends Dialog<Void> {

    public ConflictListView(SyncStatusViewModel model) {
        setTitle("À résoudre");
        setHeaderText("Ces enregistrements ont été modifiés sur ce poste et sur le serveur. Choisissez la version"
                + " à garder ; l'autre reste dans l'historique.");
        getDialogPane().getStylesheets().add(ConflictListView.class.getResource("sync.css").toExternalForm());
        ListView<ShownConflict> list = new ListView<>(model.conflicts());
        list.setId("conflict-list");
        list.setPlaceholder(new Label("Rien à résoudre."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ShownConflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                // Wrapped to the list's width: a long title is read whole, not scrolled sideways.
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPrefWidth(320);

        TextArea local = versionArea("conflict-local");
        TextArea remote = versionArea("conflict-remote");
        Button keepLocal = new Button(ConflictChoice.KEEP_LOCAL.label());
        Button keepRemote = new Button(ConflictChoice.KEEP_REMOTE.label());
        keepLocal.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        keepRemote.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, conflict) -> {
            local.setText(conflict == null ? "" : conflict.local());
            remote.setText(conflict == null ? "" : conflict.remote());
        });
        keepLocal.setOnAction(event -> choose(model, list, ConflictChoice.KEEP_LOCAL));
        keepRemote.setOnAction(event -> choose(model, list, ConflictChoice.KEEP_REMOTE));

        GridPane versions = new GridPane();
        versions.setHgap(12);
        versions.setVgap(6);
        versions.add(heading("Version du poste"), 0, 0);
        versions.add(heading("Version du serveur"), 1, 0);
        versions.add(local, 0, 1);
        versions.add(remote, 1, 1);
        versions.add(keepLocal, 0, 2);
        versions.add(keepRemote, 1, 2);
        // Two equal columns that take the room left by the list, so the headings and buttons are never cut.
        for (int column = 0; column < 2; column++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            versions.getColumnConstraints().add(half);
        }
        GridPane.setVgrow(local, Priority.ALWAYS);
        GridPane.setVgrow(remote, Priority.ALWAYS);
        keepLocal.setMaxWidth(Double.MAX_VALUE);
        keepRemote.setMaxWidth(Double.MAX_VALUE);

        BorderPane content = new BorderPane();
        content.setLeft(list);
        content.setCenter(versions);
        BorderPane.setMargin(versions, new Insets(0, 0, 0, 12));
        HBox.setHgrow(versions, Priority.ALWAYS);
        Tab toResolve = new Tab("À résoudre", content);
        Tab failed = new Tab("Erreurs", errorsPane(model));
        TabPane tabs = new TabPane(toResolve, failed);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getDialogPane().setContent(tabs);
        getDialogPane().getButtonTypes().add(new ButtonType("Fermer", ButtonType.CLOSE.getButtonData()));
        setResizable(true);
        // Wide enough at first opening for the list and both versions side by side.
        // The theme caps every dialog at 600 px (-fx-max-width, which wins over a value set here): sync.css lifts
        // the cap for this dialog, else the two versions are squeezed back.
        getDialogPane().getStyleClass().add("conflict-dialog");
        getDialogPane().setId("conflict-dialog");
        getDialogPane().setPrefSize(1000, 640);
        model.reloadLists();
    }

    private static void choose(SyncStatusViewModel model, ListView<ShownConflict> list, ConflictChoice choice) {
        ShownConflict shown = list.getSelectionModel().getSelectedItem();
        if (shown != null) {
            model.resolve(shown.conflict().id(), choice);
        }
    }

    /** Records that did not sync, with the French reason, and "Réessayer". */
    private static BorderPane errorsPane(SyncStatusViewModel model) {
        ListView<SyncRecordError> errors = new ListView<>(model.errors());
        errors.setPlaceholder(new Label("Aucune erreur de synchronisation."));
        errors.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SyncRecordError item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.outgoing() ? "Envoi refusé — " : "Réception en attente — ")
                        + item.reason());
                setWrapText(true);
            }
        });
        Button retry = new Button("Réessayer");
        retry.disableProperty().bind(errors.getSelectionModel().selectedItemProperty().isNull());
        retry.setOnAction(event -> {
            SyncRecordError selected = errors.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.retry(selected.reference());
            }
        });
        BorderPane pane = new BorderPane(errors);
        pane.setBottom(retry);
        BorderPane.setMargin(retry, new Insets(8, 0, 0, 0));
        return pane;
    }

    private static TextArea versionArea(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(12);
        area.setPrefColumnCount(30);
        area.getStyleClass().add("conflict-version");
        return area;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("conflict-heading");
        return label;
    }
}
