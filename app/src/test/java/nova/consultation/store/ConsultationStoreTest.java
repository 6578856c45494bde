package nova.consultation.store;

import static nova.testing.DataFiles.anyFileContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nova.app.Workstation;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Procedure;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.Vitals;
import nova.patient.domain.NewPatient;
import nova.patient.domain.Sex;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consultations on the real encrypted store: they survive closing the store, and nothing of them is in clear. */
class ConsultationStoreTest {

    private static final String MARKER = "QZXWCONSULTMARKER";

    @TempDir
    Path dir;

    @Test
    void aConsultationSurvivesReopeningTheStoreAndNothingOfItIsReadableOnDisk() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        UUID id;
        Consultation written;
        try (Workstation workstation = TestStores.login(dir)) {
            UUID patient = workstation.patients().create(new NewPatient("COULIBALY", "Awa", Sex.FEMALE, 1996,
                    null, null, "Kalaban", null)).id();
            written = workstation.consultations().save(new ConsultationDraft(null, patient, null, null, null,
                    "Fièvre depuis 3 jours " + MARKER, new Vitals(new BigDecimal("39.2"), 112, 110, 70,
                    new BigDecimal("58.4")), "TDR paludisme positif " + MARKER + "EXAM",
                    List.of(new Diagnosis("B54", "Paludisme " + MARKER + "DIAG")),
                    List.of(new Procedure("Perfusion", "bras gauche")),
                    List.of(new Prescription("Artéméther-luméfantrine " + MARKER + "MED", "4 cp matin et soir", 3)),
                    Referral.named("CSRéf de Kati", "Signes de gravité " + MARKER + "REF", ReferralStatus.SENT)));
            id = written.id();
        }
        try (Workstation reopened = TestStores.login(dir)) {
            Consultation read = reopened.consultations().open(id);
            assertEquals(written, read, "every field comes back as written");
            assertEquals(new BigDecimal("39.2"), read.vitals().temperatureC());
            assertEquals(ReferralStatus.SENT, read.referral().status());
        }
        for (String secret : List.of(MARKER, "Kalaban", "COULIBALY")) {
            assertFalse(anyFileContains(dir, secret), "found in clear on disk: " + secret);
        }
        assertTrue(anyFileContains(dir, "Bamako") || anyFileContains(dir, "CSCOM"),
                "sanity: the clinic card is in clear, so the search can find things");
    }
}
