package nova.ui.consultation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ReferralStatus;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.security.domain.Role;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import nova.ui.support.UserMessageException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consultation form's logic without the toolkit, on a real store through the desk the screens use. */
class ConsultationViewModelTest {

    @TempDir
    static Path dir;
    private static Workstation workstation;
    private static WorkstationDesk desk;
    private static PatientSummary patient;
    private static int slot;

    @BeforeAll
    static void store() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        workstation = TestStores.login(dir);
        desk = new WorkstationDesk(workstation);
        patient = workstation.patients().create(new NewPatient("DIARRA", "Moussa", Sex.MALE, 2019, null, null,
                "Kalaban", null));
        workstation.users().addUser("accueil", "Accueil", Role.RECEPTION, "accueil-solide-1".toCharArray());
    }

    @AfterAll
    static void close() {
        workstation.close();
    }

    private static ConsultationViewModel form() {
        return new ConsultationViewModel(desk.consultations().orElseThrow(), desk.clinic(),
                new CurrentThreadTaskExecutor(), Clock.systemUTC());
    }

    private static AppointmentView visit(String notes) {
        var clinic = workstation.clinic();
        LocalDate monday = LocalDate.now(clinic.profile().zone()).plusWeeks(2)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return workstation.agenda().book(new BookingRequest(patient.id(), clinic.careTypes().getFirst().code(),
                clinic.practitioners().getFirst().id(), clinic.chairs().getFirst().id(),
                ZonedDateTime.of(monday, LocalTime.of(8, 0).plusMinutes(30L * slot++), clinic.profile().zone()),
                30, notes, "TEST"));
    }

    @Test
    void whatTheDoctorTypesIsSavedInFrenchFormsAndReadBackTheSameWay() {
        ConsultationViewModel form = form();
        AppointmentView visit = visit("Fièvre");
        form.startFor(visit);
        assertEquals("Fièvre", form.reasonProperty().get(), "the desk's note starts the motif");
        assertEquals(visit.practitionerId(), form.practitionerProperty().get().id());
        form.reasonProperty().set("Fièvre depuis 2 jours");
        form.temperatureProperty().set("39,4");
        form.pulseProperty().set("118");
        form.bloodPressureProperty().set("10/6");
        form.weightProperty().set("14,5");
        var diagnosis = form.addDiagnosis();
        diagnosis.codeProperty().set("b54");
        diagnosis.labelProperty().set("Paludisme simple");
        var medicine = form.addPrescription();
        medicine.medicationProperty().set("Artéméther-luméfantrine 20/120");
        medicine.dosageProperty().set("1 cp matin et soir");
        medicine.daysProperty().set("3");
        form.referredProperty().set(true);
        form.referralDestinationProperty().set("CSRéf de Kati");
        form.referralReasonProperty().set("Vomissements répétés");
        AtomicInteger saved = new AtomicInteger();

        form.save(saved::incrementAndGet);

        assertEquals(1, saved.get());
        assertEquals("", form.errorProperty().get());
        Consultation c = form.savedProperty().get();
        assertEquals(new BigDecimal("39.4"), c.vitals().temperatureC());
        assertEquals(100, c.vitals().systolicMmHg(), "10/6 is read as cmHg");
        assertEquals(60, c.vitals().diastolicMmHg());
        assertEquals(new BigDecimal("14.5"), c.vitals().weightKg());
        assertEquals("B54", c.diagnoses().getFirst().icd10Code());
        assertEquals(ReferralStatus.TO_ARRANGE, c.referral().status());

        ConsultationViewModel again = form();
        again.startFor(visit);
        assertEquals("39,4", again.temperatureProperty().get(), "reopened from the appointment");
        assertEquals("100/60", again.bloodPressureProperty().get());
        assertEquals("3", again.prescriptions().getFirst().daysProperty().get());
        assertTrue(again.referredProperty().get());
        assertTrue(again.subtitleProperty().get().contains("Enregistrée par admin"));
    }

    @Test
    void unreadableFieldsAndRefusalsAreShownAndNothingIsSaved() {
        ConsultationViewModel form = form();
        form.startFor(patient);
        form.reasonProperty().set("Toux");
        form.temperatureProperty().set("trente-huit");
        AtomicInteger saved = new AtomicInteger();
        form.save(saved::incrementAndGet);
        assertEquals("La température « trente-huit » n'est pas un nombre (exemple : 37,5).",
                form.errorProperty().get());

        form.temperatureProperty().set("378");
        form.save(saved::incrementAndGet);
        assertTrue(form.errorProperty().get().startsWith("La température doit être comprise entre 30 et 45 °C"),
                form.errorProperty().get());

        form.temperatureProperty().set("37,8");
        form.bloodPressureProperty().set("12");
        form.save(saved::incrementAndGet);
        assertEquals("La tension « 12 » se note systolique/diastolique, par exemple 120/80 ou 12/8.",
                form.errorProperty().get());
        assertEquals(0, saved.get());
        assertNull(form.savedProperty().get());

        form.bloodPressureProperty().set("");
        form.save(saved::incrementAndGet);
        assertEquals(1, saved.get());
        assertEquals("", form.errorProperty().get());
    }

    @Test
    void typedButUnsavedContentIsNoticedUntilSaved() {
        ConsultationViewModel form = form();
        form.startFor(visit("Toux"));
        assertFalse(form.hasUnsavedChanges(), "the motif taken from the appointment is not the doctor's typing");
        form.addPrescription().medicationProperty().set("Amoxicilline 500 mg");
        assertTrue(form.hasUnsavedChanges());
        form.prescriptions().getFirst().dosageProperty().set("1 gélule 3 fois par jour");
        form.save(() -> { });
        assertFalse(form.hasUnsavedChanges(), "saved");
        form.pulseProperty().set("88");
        assertTrue(form.hasUnsavedChanges());
    }

    @Test
    void bloodPressureIsReadInMmHgOrInCmHg() throws Exception {
        assertArrayEquals(new Integer[] {120, 80}, ConsultationViewModel.pressure("120/80"));
        assertArrayEquals(new Integer[] {120, 80}, ConsultationViewModel.pressure(" 12 / 8 "));
        assertArrayEquals(new Integer[] {135, 85}, ConsultationViewModel.pressure("135-85"));
        assertArrayEquals(new Integer[] {null, null}, ConsultationViewModel.pressure(" "));
        assertThrows(UserMessageException.class, () -> ConsultationViewModel.pressure("120 80"));
    }

    @Test
    void theOrdonnanceIsWrittenAsAPdfAfterSaving() throws Exception {
        ConsultationViewModel form = form();
        form.startFor(patient);
        form.reasonProperty().set("Paludisme");
        var medicine = form.addPrescription();
        medicine.medicationProperty().set("Paracétamol 500 mg");
        medicine.dosageProperty().set("1 cp toutes les 6 heures");
        Path target = dir.resolve(form.ordonnanceFileName());
        AtomicReference<Path> written = new AtomicReference<>();

        form.printOrdonnance(target, written::set);

        assertEquals(target, written.get());
        assertTrue(target.getFileName().toString().startsWith("ordonnance-DIARRA-"));
        byte[] pdf = Files.readAllBytes(target);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertNotNull(form.savedProperty().get(), "printing saved the consultation first");
    }

    @Test
    void theReceptionGetsNoConsultationDeskForClinicalContent() throws Exception {
        try (Workstation reception = TestStores.access().open(dir, "accueil", "accueil-solide-1".toCharArray())) {
            var consultations = new WorkstationDesk(reception).consultations().orElseThrow();
            assertFalse(consultations.mayRead());
            assertFalse(consultations.mayWrite());
            ConsultationViewModel form = new ConsultationViewModel(consultations, desk.clinic(),
                    new CurrentThreadTaskExecutor(), Clock.systemUTC());
            form.startFor(patient);
            form.reasonProperty().set("Toux");
            form.save(() -> { });
            assertTrue(form.errorProperty().get().startsWith("Seuls les praticiens"), form.errorProperty().get());
        }
    }
}
