package nova.patient.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nova.app.Workstation;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A namesake is another patient with the same last and first name, whatever the case; not the patient itself. */
class PatientNamesakeTest {

    @TempDir
    Path dir;

    @Test
    void onlyAnotherPatientWithTheSameFullNameIsANamesake() throws Exception {
        TestStores.create(dir, "cabinet-alger", false);
        try (Workstation workstation = TestStores.login(dir)) {
            PatientService patients = workstation.patients();
            PatientSummary first = patients.create(new NewPatient("SAIDI", "Amina", Sex.FEMALE, 1990, null, null,
                    null, null));
            assertFalse(patients.hasNamesake(first), "alone with that name");
            PatientSummary other = patients.create(new NewPatient("SAIDI", "Amine", Sex.MALE, 1990, null, null,
                    null, null));
            assertFalse(patients.hasNamesake(first), "another first name is not a namesake");
            PatientSummary same = patients.create(new NewPatient("Saidi", "amina", Sex.FEMALE, 1975, null,
                    "0661 23 45 67", null, null));
            assertTrue(patients.hasNamesake(first));
            assertTrue(patients.hasNamesake(same));
            assertFalse(patients.hasNamesake(other));
        }
    }
}
