package nova.ui.assistant;

import java.util.List;

/**
 * What the assistant understood, in French, before anything is done: a title (the action), labelled rows
 * (patient, care, when), the question when information is missing, which engine answered and its notice.
 */
public record PreviewCard(String title, List<Row> rows, String question, String engine, String notice,
                          boolean actionable) {

    public PreviewCard {
        rows = List.copyOf(rows);
    }

    public record Row(String label, String value) {
    }

    /** The rows as "label : value" lines, for tests and accessibility. */
    public String text() {
        StringBuilder text = new StringBuilder(title);
        for (Row row : rows) {
            text.append('\n').append(row.label()).append(" : ").append(row.value());
        }
        if (question != null) {
            text.append('\n').append(question);
        }
        text.append('\n').append(engine);
        if (notice != null) {
            text.append('\n').append(notice);
        }
        return text.toString();
    }
}
