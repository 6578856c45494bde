package nova.ui.settings;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListView;

/** The list of a settings dialog bound to its view model: the items follow, and the selection goes both ways. */
final class SettingsList {

    private SettingsList() {
    }

    /** The list picks what the form shows; a save that re-selects what it saved selects it in the list too. */
    static <T> void bind(ListView<T> list, ObservableValue<List<T>> items, ObjectProperty<T> selected) {
        items.addListener((obs, old, now) -> list.getItems().setAll(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != selected.get()) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
    }
}
