package nova.agenda.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the recall list. */
public record Recall(UUID patientId, String patientName, String patientPhone, String careTypeCode,
                     LocalDate lastDone, LocalDate dueDate, RecallState state, long daysPastDue) {

    /** Where a recall stands on the day the list is made. */
    public enum RecallState {
        /** Due within the look-ahead horizon, not yet due. */
        UPCOMING("À venir"),
        /** Due, within tolerance. */
        DUE("À rappeler"),
        /** Past due by more than the tolerance. */
        OVERDUE("En retard");

        private final String label;

        RecallState(String label) {
            this.label = label;
        }

        /** French label for the recall list. */
        public String label() {
            return label;
        }
    }
}
