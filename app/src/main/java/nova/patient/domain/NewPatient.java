package nova.patient.domain;

import java.time.LocalDate;

/** What a receptionist types to create a patient; the phone may be in any written form. */
public record NewPatient(String lastName, String firstName, Sex sex, Integer birthYear, LocalDate birthDate,
                         String phone, String village, String email) {
}
