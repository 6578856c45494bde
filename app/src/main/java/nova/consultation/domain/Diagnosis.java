package nova.consultation.domain;

/** A diagnosis: a label in the doctor's words, with its ICD-10 code when the doctor gives one. */
public record Diagnosis(String icd10Code, String label) {
}
