package nova.patient.service;

import nova.patient.domain.PatientSummary;

/** One search result: the patient, how it matched, and a score to rank within the same kind (higher first). */
public record PatientMatch(PatientSummary patient, Kind kind, double score) {

    /** How well a patient matched, best first. */
    public enum Kind {
        /** Every word typed is a whole word of the name, or the phone number is the whole number. */
        EXACT,
        /** Every word is at least the beginning of a word of the name, or the number's beginning. */
        PREFIX,
        /** A typo away, or digits found inside the number. */
        FUZZY
    }
}
