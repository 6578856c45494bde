package nova.consultation.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.common.ValidationException;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Vitals;
import nova.patient.domain.PatientSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The ordonnance reads as a French prescription: who prescribes, for whom, what, how, how long; no diagnosis. */
class PrescriptionPrintTest {

    private static final ClinicProfile CABINET = new ClinicProfile("Cabinet dentaire Daboussy",
            "Cité 109, Daboussy El Achour, Alger", ZoneId.of("Africa/Algiers"), 213,
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(17, 0), null, null,
            ClinicKind.DENTAL_CABINET);
    private static final PatientSummary PATIENT = new PatientSummary(UUID.randomUUID(), "MANSOURI", "Idir",
            "+213553067496", 1961, null);

    private static Consultation consultation(List<Prescription> prescriptions) {
        // 23:30 UTC on 21 November is already 22 November in Algiers: the date printed is the clinic's.
        return new Consultation(UUID.randomUUID(), PATIENT.id(), null, null, "dr.amrani",
                Instant.parse("2026-11-21T23:30:00Z"), "Douleur 46", Vitals.NONE, "Pulpite",
                List.of(new Diagnosis("K04.0", "Pulpite irréversible")), List.of(), prescriptions, null,
                Instant.parse("2026-11-21T23:30:00Z"));
    }

    @Test
    void theOrdonnanceNamesThePrescriberThePatientAndEachMedicineWithItsDosageAndDuration() throws Exception {
        byte[] pdf = new PrescriptionPrint(CABINET).ordonnance(consultation(List.of(
                new Prescription("Amoxicilline 1 g", "1 comprimé matin et soir", 6),
                new Prescription("Paracétamol 1 g", "1 comprimé si douleur", 1),
                new Prescription("Bain de bouche", "après chaque repas", null))), PATIENT, "Dr Amrani", "dentiste");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages());
            for (String expected : List.of("Cabinet dentaire Daboussy", "Dr Amrani", "Dentiste", "Le 22 novembre 2026",
                    "ORDONNANCE", "Patient : MANSOURI Idir (65 ans)", "1. Amoxicilline 1 g", "1 comprimé matin et soir",
                    "Pendant 6 jours", "2. Paracétamol 1 g", "Pendant 1 jour", "3. Bain de bouche",
                    "Signature et cachet")) {
                assertTrue(text.replaceAll("\\s+", " ").contains(expected), expected + " missing in:\n" + text);
            }
            assertTrue(!text.contains("Pulpite"), "the diagnosis stays in the record, not on the patient's paper");
        }
    }

    @Test
    void anArabicPatientNamePrintsShapedWithTheAgeAfterIt() throws Exception {
        PatientSummary arabic = new PatientSummary(UUID.randomUUID(), "بن علي", "فاطمة", "+213553067496", 1961, null);
        byte[] pdf = new PrescriptionPrint(CABINET).ordonnance(consultation(List.of(
                new Prescription("Amoxicilline 1 g", "1 comprimé matin et soir", 6))), arabic, "Dr Amrani", "dentiste");
        // kept under target/ to be rendered and looked at
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "prints"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "prints", "ordonnance-arabic.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(!text.contains("?"), text);
            String normalised = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            assertTrue(normalised.contains("فاطمة") && normalised.contains("علي"), normalised);
            StringBuilder raw = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                }
            }.getText(document);
            // drawn left to right: « Patient : », the name from its last letter, then the age in reading order
            assertTrue(raw.toString().contains(
                    "Patient : \uFE94\uFEE4\uFEC3\uFE8E\uFED3 \uFEF2\uFEE0\uFECB \uFEE6\uFE91  (65 ans)"), raw.toString());
        }
    }

    @Test
    void aConsultationWithoutMedicineHasNoOrdonnance() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> new PrescriptionPrint(CABINET).ordonnance(consultation(List.of()), PATIENT, "Dr Amrani", null));
        assertEquals("Cette consultation ne comporte aucun médicament à imprimer.", refused.getMessage());
    }
}
