package nova.consultation.domain;

/** One line of the ordonnance: the medicine, how to take it and for how many days (null: not stated). */
public record Prescription(String medication, String dosage, Integer durationDays) {
}
