package nova.agenda.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed agenda and appointment card, read back with PDFBox's text stripper. */
class AgendaPrintsTest {

    private static final ZoneId ALGIERS = ZoneId.of("Africa/Algiers");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final ClinicProfile CLINIC = new ClinicProfile("Cabinet dentaire Daboussy",
            "Cité 109, Daboussy El Achour, Alger", ALGIERS, 213, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(17, 0),
            LocalTime.of(12, 0), LocalTime.of(13, 0), ClinicKind.DENTAL_CABINET);
    private static final List<Chair> CHAIRS = List.of(new Chair(UUID.randomUUID(), "Fauteuil 1", 1),
            new Chair(UUID.randomUUID(), "Fauteuil 2", 2), new Chair(UUID.randomUUID(), "Fauteuil 3", 3));

    private static AppointmentView at(int chair, int hour, int minute, int length, String patient, String care,
                                      AppointmentStatus status) {
        ZonedDateTime start = ZonedDateTime.of(DAY, LocalTime.of(hour, minute), ALGIERS);
        return new AppointmentView(UUID.randomUUID(), UUID.randomUUID(), patient, "+213555123456", care, care,
                "#1a7f37", UUID.randomUUID(), "Dr Amina Benali", CHAIRS.get(chair).id(), CHAIRS.get(chair).name(),
                start, start.plusMinutes(length), status, null);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDayAgendaListsEachChairInTimeOrderWithFrenchText() throws IOException {
        List<AppointmentView> list = List.of(
                at(0, 10, 0, 30, "HADJ-SAID Yasmine", "Détartrage", AppointmentStatus.CONFIRMED),
                at(0, 8, 30, 20, "BENALI Karim", "Consultation", AppointmentStatus.ARRIVED),
                at(1, 9, 0, 45, "BENSAÏD Nadia", "Prothèse", AppointmentStatus.CANCELLED));
        byte[] pdf = new AgendaPrints(CLINIC).dayAgenda(DAY, CHAIRS, list,
                ZonedDateTime.of(DAY, LocalTime.of(7, 45), ALGIERS));
        writeForLooking("agenda-day.pdf", pdf);

        String text = text(pdf);
        assertTrue(text.contains("Agenda du jeudi 26 novembre 2026"), text);
        assertTrue(text.contains("Cité 109, Daboussy El Achour, Alger"), text);
        assertTrue(text.contains("Détartrage") && text.contains("Prothèse") && text.contains("BENSAÏD Nadia"), text);
        assertTrue(text.contains("Annulé") && text.contains("Arrivé") && text.contains("Confirmé"), text);
        assertTrue(text.indexOf("BENALI Karim") < text.indexOf("HADJ-SAID Yasmine"), "time order within a chair");
        assertTrue(text.contains("Fauteuil 3") && text.contains("Aucun rendez-vous."), "every chair, even empty");
        assertTrue(text.contains("2 rendez-vous"), "the cancelled one does not count: " + text);
        assertTrue(text.contains("0555 12 34 56"), "phones in the national format: " + text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    @Test
    void aLongDayGoesOnSeveralPagesWithAHeaderOnEach() throws IOException {
        List<AppointmentView> list = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 30; i++) {
                list.add(at(c, 8 + i / 4, (i % 4) * 15, 15, "PATIENT " + c + "-" + i, "Soin", AppointmentStatus.BOOKED));
            }
        }
        byte[] pdf = new AgendaPrints(CLINIC).dayAgenda(DAY, CHAIRS, list, ZonedDateTime.now(ALGIERS));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
        }
        String text = text(pdf);
        assertTrue(text.contains("page 2"), text);
        for (int c = 0; c < 3; c++) {
            assertTrue(text.contains("PATIENT " + c + "-29"), "every row printed");
        }
    }

    @Test
    void theCardSaysTheDateInWords() throws IOException {
        AppointmentView appointment = at(1, 10, 0, 30, "KHELIFI Samira", "Détartrage", AppointmentStatus.BOOKED);
        byte[] pdf = new AgendaPrints(CLINIC).appointmentCard(appointment);
        writeForLooking("appointment-card.pdf", pdf);

        String text = text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Jeudi 26 novembre 2026 à 10:00"), text);
        assertTrue(text.contains("Soin : Détartrage (30 min)"), text);
        assertTrue(text.contains("Praticien : Dr Amina Benali"), text);
        assertTrue(text.contains("Cabinet dentaire Daboussy") && text.contains("KHELIFI Samira"), text);
        assertTrue(text.contains("empêchement"), text);
    }

    @Test
    void charactersOutsideTheFontDoNotBreakTheDocument() throws IOException {
        AppointmentView appointment = at(0, 9, 0, 20, "BENALI بن علي", "Consultation", AppointmentStatus.BOOKED);
        String text = text(new AgendaPrints(CLINIC).appointmentCard(appointment));
        assertTrue(text.contains("BENALI ?"), text);
    }

    /** Keeps the PDFs under target/ so they can be rendered and looked at (pdftoppm). */
    private static void writeForLooking(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "prints");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
