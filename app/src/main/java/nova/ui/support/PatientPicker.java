package nova.ui.support;

import java.util.List;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import nova.clinic.domain.CareType;
import nova.patient.domain.PatientSummary;
import nova.patient.service.PhoneNumbers;

/**
 * A patient search field and its results, for the small dialogs that pick an existing patient (walk-in,
 * waitlist): searches in the background from two characters on, keeps only the answer to the latest text, shows
 * name, phone in local format and village, and selects the best match.
 */
public final class PatientPicker {

    private final TextField search = new TextField();
    private final ListView<PatientSummary> results = new ListView<>();

    /** {@code idPrefix} names the nodes ({@code -search}, {@code -results}) for tests and stylesheets. */
    public PatientPicker(String idPrefix, String prompt, Function<String, List<PatientSummary>> searcher) {
        search.setId(idPrefix + "-search");
        search.setPromptText(prompt);
        results.setId(idPrefix + "-results");
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PatientSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.fullName()
                        + (p.phoneE164() == null ? "" : "  ·  " + PhoneNumbers.display(p.phoneE164()))
                        + (p.village() == null ? "" : "  ·  " + p.village()));
            }
        });
        search.textProperty().addListener((obs, old, text) -> {
            if (text == null || text.strip().length() < 2) {
                results.getItems().clear();
                return;
            }
            String query = text.strip();
            Task<List<PatientSummary>> task = new Task<>() {
                @Override
                protected List<PatientSummary> call() {
                    return searcher.apply(query);
                }
            };
            task.setOnSucceeded(e -> {
                if (query.equals(search.getText().strip())) {
                    results.getItems().setAll(task.getValue());
                    if (!results.getItems().isEmpty()) {
                        results.getSelectionModel().selectFirst();
                    }
                }
            });
            Thread.ofVirtual().start(task);
        });
    }

    public TextField field() {
        return search;
    }

    public ListView<PatientSummary> results() {
        return results;
    }

    /** A care-type choice showing each type's default duration, the first one selected. */
    public static ComboBox<CareType> careTypeBox(String id, List<CareType> careTypes) {
        ComboBox<CareType> care = new ComboBox<>();
        care.setId(id);
        care.getItems().setAll(careTypes);
        care.setConverter(new StringConverter<>() {
            @Override
            public String toString(CareType c) {
                return c == null ? "" : c.label() + " (" + c.durationMinutes() + " min)";
            }

            @Override
            public CareType fromString(String s) {
                return null;
            }
        });
        care.setMaxWidth(Double.MAX_VALUE);
        care.setValue(careTypes.isEmpty() ? null : careTypes.getFirst());
        return care;
    }
}
