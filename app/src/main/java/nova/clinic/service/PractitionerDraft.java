package nova.clinic.service;

/** A practitioner as the setup wizard or command types it. */
public record PractitionerDraft(String displayName, String speciality) {
}
