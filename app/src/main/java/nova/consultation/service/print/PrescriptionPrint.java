package nova.consultation.service.print;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nova.agenda.service.print.PdfWriter;
import nova.agenda.service.print.VisualText;
import nova.clinic.domain.ClinicProfile;
import nova.common.ValidationException;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.Prescription;
import nova.patient.domain.PatientSummary;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The ordonnance handed to the patient, in French, as PDF bytes (A5, the usual prescription pad): the clinic's
 * heading, the prescriber, the place and date, the patient, one numbered line per medicine with its dosage and
 * duration, and room for the signature and stamp.
 */
public final class PrescriptionPrint {

    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);

    private final ClinicProfile clinic;

    public PrescriptionPrint(ClinicProfile clinic) {
        this.clinic = Objects.requireNonNull(clinic);
    }

    /**
     * @param prescriber the practitioner's name as signed ("Dr Benali"); the author's name when none was chosen
     * @param speciality printed under the name ("dentiste"), or null
     */
    public byte[] ordonnance(Consultation consultation, PatientSummary patient, String prescriber,
                             String speciality) {
        if (consultation.prescriptions().isEmpty()) {
            throw new ValidationException("Cette consultation ne comporte aucun médicament à imprimer.");
        }
        LocalDate day = consultation.seenAt().atZone(clinic.zone()).toLocalDate();
        try (PdfWriter pdf = new PdfWriter(PDRectangle.A5, 36, null)) {
            pdf.line(clinic.name(), PdfWriter.BOLD, 14, 18);
            if (clinic.address() != null && !clinic.address().isBlank()) {
                for (String part : pdf.wrap(clinic.address(), PdfWriter.REGULAR, 9, pdf.width())) {
                    pdf.line(part, PdfWriter.REGULAR, 9, 12);
                }
            }
            pdf.line(prescriber, PdfWriter.BOLD, 10.5f, 15);
            if (speciality != null && !speciality.isBlank()) {
                pdf.line(speciality.substring(0, 1).toUpperCase(FR) + speciality.substring(1), PdfWriter.REGULAR,
                        9, 12);
            }
            pdf.rule(0.7f);
            pdf.skip(12);
            pdf.line("Le " + DATE.format(day), PdfWriter.REGULAR, 10, 14);
            pdf.skip(8);
            pdf.line("ORDONNANCE", PdfWriter.BOLD, 15, 20);
            pdf.skip(6);
            String age = patient.birthYear() == null ? ""
                    : "  (" + (Year.from(day).getValue() - patient.birthYear()) + " ans)";
            pdf.line("Patient : " + VisualText.field(patient.fullName()) + age, PdfWriter.BOLD, 11, 16);
            pdf.skip(10);
            int number = 1;
            for (Prescription line : consultation.prescriptions()) {
                pdf.need(52);
                pdf.line(number++ + ". " + line.medication(), PdfWriter.BOLD, 11, 16);
                for (String part : pdf.wrap(line.dosage(), PdfWriter.REGULAR, 10, pdf.width() - 16)) {
                    pdf.line("    " + part, PdfWriter.REGULAR, 10, 14);
                }
                if (line.durationDays() != null) {
                    pdf.line("    Pendant " + line.durationDays() + (line.durationDays() == 1 ? " jour" : " jours"),
                            PdfWriter.REGULAR, 10, 14);
                }
                pdf.skip(6);
            }
            pdf.need(70);
            pdf.skip(24);
            pdf.line("Signature et cachet", PdfWriter.REGULAR, 9, 12);
            return pdf.finish();
        }
    }

}
