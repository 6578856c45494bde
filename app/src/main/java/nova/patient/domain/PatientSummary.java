package nova.patient.domain;

import java.util.UUID;

/** One line of a patient search result. */
public record PatientSummary(UUID id, String lastName, String firstName, String phoneE164, Integer birthYear,
                             String village) {

    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : lastName + " " + firstName;
    }
}
