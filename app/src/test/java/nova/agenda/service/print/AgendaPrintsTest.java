package nova.agenda.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import javax.imageio.ImageIO;
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
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
        AppointmentView appointment = at(0, 9, 0, 20, "BENALI 李", "Consultation", AppointmentStatus.BOOKED);
        String text = text(new AgendaPrints(CLINIC).appointmentCard(appointment));
        assertTrue(text.contains("BENALI ?"), text);
    }

    @Test
    void anArabicNamePrintsShapedOnTheAgendaAndTheCard() throws IOException {
        List<AppointmentView> list = List.of(
                at(0, 9, 30, 30, "بن علي فاطمة", "Détartrage", AppointmentStatus.CONFIRMED),
                at(0, 10, 0, 30, "HADJ-SAID Yasmine", "Consultation", AppointmentStatus.BOOKED),
                at(1, 9, 0, 45, "سلام دار BENSAÏD", "Prothèse", AppointmentStatus.BOOKED));
        byte[] agenda = new AgendaPrints(CLINIC).dayAgenda(DAY, CHAIRS, list,
                ZonedDateTime.of(DAY, LocalTime.of(7, 45), ALGIERS));
        writeForLooking("agenda-day-arabic.pdf", agenda);
        byte[] card = new AgendaPrints(CLINIC).appointmentCard(list.get(0));
        writeForLooking("appointment-card-arabic.pdf", card);

        for (byte[] pdf : List.of(agenda, card)) {
            String text = text(pdf);
            assertFalse(text.contains("?"), text);
            // the contextual forms are in the file: feh initial, tah initial, meem medial, teh marbuta final, ...
            String raw = rawGlyphText(pdf);
            for (int form : new int[] {0xFED3, 0xFEC3, 0xFEE4, 0xFE94, 0xFE91, 0xFEE6, 0xFECB, 0xFEE0, 0xFEF2}) {
                assertTrue(raw.indexOf(form) >= 0, String.format("U+%04X missing from %s", form, raw));
            }
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
            assertTrue(normalised.contains("فاطمة") && normalised.contains("علي"), normalised);
        }
        String raw = rawGlyphText(agenda);
        assertTrue(raw.contains("\uFE94\uFEE4\uFEC3\uFE8E\uFED3 \uFEF2\uFEE0\uFECB \uFEE6\uFE91  0555 12 34 56"),
                "name drawn right to left, then the phone in reading order: " + raw);
        assertTrue(raw.indexOf(0xFEFC) >= 0, "lam-alef ligature of سلام: " + raw);
        assertTrue(text(agenda).contains("HADJ-SAID Yasmine") && text(agenda).contains("BENSAÏD"), text(agenda));
    }

    @Test
    void theArabicNameIsDrawnJoinedAndRightToLeft() throws IOException {
        AppointmentView appointment = at(0, 9, 30, 30, "فاطمة", "Détartrage", AppointmentStatus.BOOKED);
        byte[] pdf = new AgendaPrints(CLINIC).appointmentCard(appointment);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path dir = Path.of("target", "prints");
            Files.createDirectories(dir);
            ImageIO.write(page, "png", dir.resolve("appointment-card-arabic.png").toFile());
            // on paper the teh marbuta (the name's last letter) is drawn first, at the left
            List<Float> xs = new ArrayList<>();
            List<Integer> letters = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        int cp = position.getUnicode().codePointAt(0);
                        if (cp >= 0xFE70) {
                            letters.add(cp);
                            xs.add(position.getXDirAdj());
                        }
                    }
                }
            }.getText(document);
            assertEquals(List.of(0xFE94, 0xFEE4, 0xFEC3, 0xFE8E, 0xFED3), letters);
            for (int i = 1; i < xs.size(); i++) {
                assertTrue(xs.get(i) > xs.get(i - 1), "drawn left to right in visual order: " + xs);
            }
        }
    }

    @Test
    void frenchOnlyTextReadsBackAsBefore() throws IOException {
        // the exact text (and line breaks) the card had with Helvetica: the condensed face keeps the same widths
        AppointmentView appointment = at(1, 10, 0, 30, "KHELIFI Samira", "Détartrage", AppointmentStatus.BOOKED);
        String text = text(new AgendaPrints(CLINIC).appointmentCard(appointment));
        assertEquals("""
                Cabinet dentaire Daboussy
                Cité 109, Daboussy El Achour, Alger
                Carte de rendez-vous
                KHELIFI Samira
                Votre rendez-vous :
                Jeudi 26 novembre 2026 à 10:00
                Soin : Détartrage (30 min)
                Praticien : Dr Amina Benali
                Fauteuil / salle : Fauteuil 2
                Merci d'arriver 10 minutes en avance. En cas d'empêchement,
                prévenez le cabinet au moins 24 heures à l'avance.
                """, text);
    }

    /** The characters as they sit in the content stream (visual order, presentation forms kept). */
    private static String rawGlyphText(byte[] pdf) throws IOException {
        StringBuilder raw = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                }
            }.getText(document);
        }
        return raw.toString();
    }

    /** Keeps the PDFs under target/ so they can be rendered and looked at (pdftoppm). */
    private static void writeForLooking(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "prints");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
