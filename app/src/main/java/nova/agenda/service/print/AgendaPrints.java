package nova.agenda.service.print;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.service.StatusTransitions;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.patient.service.PhoneNumbers;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The two printed documents of the agenda, in French, as PDF bytes: the day's agenda (A4, one section per chair
 * or room, in time order) and the appointment card handed to the patient (A6).
 */
public final class AgendaPrints {

    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FR);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", FR);
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", FR);

    private final ClinicProfile clinic;

    public AgendaPrints(ClinicProfile clinic) {
        this.clinic = Objects.requireNonNull(clinic);
    }

    /** "jeudi 26 novembre 2026 à 10:00", in the clinic's zone. */
    public String dateInWords(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(clinic.zone());
        return LONG_DAY.format(local) + " à " + HOURS.format(local);
    }

    /**
     * The day's agenda: a section per chair (every chair, "Aucun rendez-vous" when empty), rows with the hours,
     * the patient and phone, the care type, the practitioner and the status; cancelled ones are listed last and
     * marked, so the desk sees what was freed.
     */
    public byte[] dayAgenda(LocalDate day, List<Chair> chairs, List<AppointmentView> appointments,
                            ZonedDateTime printedAt) {
        String title = "Agenda du " + LONG_DAY.format(day);
        int[] page = {0};
        PdfWriter[] holder = new PdfWriter[1];
        try (PdfWriter pdf = new PdfWriter(PDRectangle.A4, 42, () -> {
            PdfWriter w = holder[0];
            if (w != null) {
                page[0]++;
                w.line(clinic.name() + "  ·  " + title + "  ·  page " + page[0], PdfWriter.REGULAR, 8, 12);
                w.skip(6);
            }
        })) {
            holder[0] = pdf;
            page[0] = 1;
            pdf.line(clinic.name(), PdfWriter.BOLD, 16, 20);
            if (clinic.address() != null && !clinic.address().isBlank()) {
                pdf.line(clinic.address(), PdfWriter.REGULAR, 10, 14);
            }
            pdf.skip(6);
            pdf.line(capitalize(title), PdfWriter.BOLD, 14, 20);
            long active = appointments.stream().filter(a -> a.status().occupiesTime()).count();
            pdf.line(active + " rendez-vous  ·  imprimé le " + PRINTED.format(printedAt.withZoneSameInstant(
                    clinic.zone())), PdfWriter.REGULAR, 9, 13);
            pdf.skip(8);
            float[] x = {0, 62, 236, 332, 432};
            float[] w = {58, 170, 92, 96, pdf.width() - 432};
            for (Chair chair : chairs) {
                List<AppointmentView> rows = appointments.stream()
                        .filter(a -> Objects.equals(a.chairId(), chair.id()))
                        .sorted(Comparator.comparing((AppointmentView a) -> !a.status().occupiesTime())
                                .thenComparing(AppointmentView::start))
                        .toList();
                pdf.need(60);
                pdf.skip(6);
                float top = pdf.y();
                pdf.box(pdf.left(), top, pdf.width(), 20, 0.93f, 0.95f, 0.97f);
                pdf.line("  " + chair.name() + "  (" + rows.stream().filter(a -> a.status().occupiesTime()).count()
                        + " rendez-vous)", PdfWriter.BOLD, 11, 15);
                pdf.skip(5);
                if (rows.isEmpty()) {
                    pdf.line("Aucun rendez-vous.", PdfWriter.REGULAR, 9, 14);
                    continue;
                }
                pdf.row(14);
                String[] heads = {"Heure", "Patient", "Soin", "Praticien", "Statut"};
                for (int i = 0; i < heads.length; i++) {
                    pdf.cell(x[i], heads[i], PdfWriter.BOLD, 8.5f, w[i]);
                }
                pdf.rule(0.75f);
                for (AppointmentView a : rows) {
                    pdf.row(15);
                    pdf.cell(x[0], HOURS.format(a.start()) + "–" + HOURS.format(a.end()), PdfWriter.REGULAR, 9, w[0]);
                    String patient = VisualText.field(a.patientName()) + (a.patientPhone() == null ? ""
                            : "  " + PhoneNumbers.display(a.patientPhone()));
                    pdf.cell(x[1], patient, a.status().occupiesTime() ? PdfWriter.BOLD : PdfWriter.REGULAR, 9, w[1]);
                    pdf.cell(x[2], a.careTypeLabel(), PdfWriter.REGULAR, 9, w[2]);
                    pdf.cell(x[3], a.practitionerName(), PdfWriter.REGULAR, 9, w[3]);
                    pdf.cell(x[4], StatusTransitions.label(a.status()), PdfWriter.REGULAR, 9, w[4]);
                }
            }
            return pdf.finish();
        }
    }

    /** The card given to the patient: where, when (in words), what and with whom. */
    public byte[] appointmentCard(AppointmentView appointment) {
        try (PdfWriter pdf = new PdfWriter(PDRectangle.A6, 24, null)) {
            pdf.line(clinic.name(), PdfWriter.BOLD, 13, 16);
            if (clinic.address() != null && !clinic.address().isBlank()) {
                for (String part : pdf.wrap(clinic.address(), PdfWriter.REGULAR, 8.5f, pdf.width())) {
                    pdf.line(part, PdfWriter.REGULAR, 8.5f, 11);
                }
            }
            pdf.rule(0.7f);
            pdf.skip(14);
            pdf.line("Carte de rendez-vous", PdfWriter.BOLD, 11, 14);
            pdf.skip(4);
            pdf.line(appointment.patientName(), PdfWriter.BOLD, 12, 16);
            pdf.skip(6);
            pdf.line("Votre rendez-vous :", PdfWriter.REGULAR, 9, 12);
            for (String part : pdf.wrap(capitalize(dateInWords(appointment.start())), PdfWriter.BOLD, 12, pdf.width())) {
                pdf.line(part, PdfWriter.BOLD, 12, 16);
            }
            pdf.skip(6);
            long minutes = Duration.between(appointment.start(), appointment.end()).toMinutes();
            pdf.line("Soin : " + appointment.careTypeLabel() + " (" + minutes + " min)", PdfWriter.REGULAR, 10, 14);
            pdf.line("Praticien : " + appointment.practitionerName(), PdfWriter.REGULAR, 10, 14);
            pdf.line("Fauteuil / salle : " + appointment.chairName(), PdfWriter.REGULAR, 10, 14);
            pdf.skip(10);
            for (String part : pdf.wrap("Merci d'arriver 10 minutes en avance. En cas d'empêchement, prévenez le "
                    + "cabinet au moins 24 heures à l'avance.", PdfWriter.REGULAR, 8, pdf.width())) {
                pdf.line(part, PdfWriter.REGULAR, 8, 10.5f);
            }
            if (appointment.status() == AppointmentStatus.CANCELLED) {
                pdf.skip(6);
                pdf.line("RENDEZ-VOUS ANNULÉ", PdfWriter.BOLD, 11, 14);
            }
            return pdf.finish();
        }
    }


    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(FR) + text.substring(1);
    }
}
