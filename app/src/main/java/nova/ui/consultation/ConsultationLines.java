package nova.ui.consultation;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The editable lines of the consultation form: each field is text, parsed and checked on saving. */
public final class ConsultationLines {

    private ConsultationLines() {
    }

    /** A diagnosis line: optional ICD-10 code, label. */
    public static final class DiagnosisLine {
        private final StringProperty code = new SimpleStringProperty("");
        private final StringProperty label = new SimpleStringProperty("");

        public StringProperty codeProperty() { return code; }
        public StringProperty labelProperty() { return label; }
    }

    /** A care act and where (tooth, limb). */
    public static final class ProcedureLine {
        private final StringProperty act = new SimpleStringProperty("");
        private final StringProperty site = new SimpleStringProperty("");

        public StringProperty actProperty() { return act; }
        public StringProperty siteProperty() { return site; }
    }

    /** A line of the ordonnance; the duration is a number of days, typed as text. */
    public static final class PrescriptionLine {
        private final StringProperty medication = new SimpleStringProperty("");
        private final StringProperty dosage = new SimpleStringProperty("");
        private final StringProperty days = new SimpleStringProperty("");

        public StringProperty medicationProperty() { return medication; }
        public StringProperty dosageProperty() { return dosage; }
        public StringProperty daysProperty() { return days; }
    }
}
