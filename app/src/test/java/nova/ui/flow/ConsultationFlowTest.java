package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.consultation.domain.Consultation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A doctor records a consultation in the real window on a real encrypted demo store (headless): the patient is in
 * consultation, « Consultation » in the details panel opens the form, the doctor types the motif, a temperature,
 * a diagnosis and a medicine, saves, and the consultation is read back through the service; reopened, the form
 * shows what was saved.
 */
class ConsultationFlowTest extends FxRobot {

    @TempDir
    Path dataDir;

    private FlowApp app;
    private AppointmentView visit;

    @BeforeEach
    void startOnDemoStore() throws Exception {
        app = FlowApp.start(dataDir, true);
        app.logIn(this);
        var workstation = app.desk().workstation();
        var clinic = workstation.clinic();
        LocalDate day = FlowApp.workingDayAhead(this, 22);
        var patient = workstation.patients().search("amrani", 1).getFirst();
        visit = workstation.agenda().book(new BookingRequest(patient.id(), clinic.careTypes().getFirst().code(),
                clinic.practitioners().getFirst().id(), clinic.chairs().getFirst().id(),
                ZonedDateTime.of(day, LocalTime.of(8, 0), clinic.profile().zone()), 0, "Douleur molaire", "TEST"));
        workstation.agenda().changeStatus(visit.id(), AppointmentStatus.ARRIVED, null);
        workstation.agenda().changeStatus(visit.id(), AppointmentStatus.IN_CONSULTATION, null);
        FlowApp.showDay(this, day, "#block-" + visit.id());
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void aDoctorRecordsAConsultationFromTheDetailsPanelAndReopensIt() throws Exception {
        clickOn(lookup("#block-" + visit.id()).queryAs(javafx.scene.Node.class));
        waitUntil(() -> visit.patientName().equals(lookup("#details-patient").queryAs(Label.class).getText())
                && lookup("#action-consultation").tryQuery().isPresent());
        clickOn("#action-consultation");
        waitUntil(() -> lookup("#consultation-reason").tryQuery().isPresent());
        assertEquals("Douleur molaire", fx(() -> lookup("#consultation-reason").queryAs(TextField.class).getText()),
                "the desk's note is the motif to start from");

        clickOn("#consultation-reason").write(" depuis 3 jours");
        clickOn("#consultation-temperature").write("37,8");
        clickOn("#consultation-add-diagnosis");
        clickOn(".diagnosis-code").write("K02.1");
        clickOn(".diagnosis-label").write("Carie de la dentine");
        clickOn("#consultation-add-prescription");
        clickOn(".prescription-medication").write("Paracetamol 1 g");
        clickOn(".prescription-dosage").write("1 comprime si douleur");
        clickOn(".prescription-days").write("3");
        clickOn("#consultation-save");

        var consultations = app.desk().workstation().consultations();
        waitUntil(() -> consultations.forAppointment(visit.id()).isPresent()
                && lookup("#consultation-reason").tryQuery().isEmpty());
        Consultation saved = consultations.open(consultations.forAppointment(visit.id()).orElseThrow().id());
        assertEquals("Douleur molaire depuis 3 jours", saved.reason());
        assertEquals(new BigDecimal("37.8"), saved.vitals().temperatureC());
        assertEquals("K02.1", saved.diagnoses().getFirst().icd10Code());
        assertEquals("Paracetamol 1 g", saved.prescriptions().getFirst().medication());
        assertEquals(3, saved.prescriptions().getFirst().durationDays());
        assertEquals(visit.practitionerId(), saved.practitionerId(), "the appointment's practitioner");
        assertEquals("admin", saved.author());

        // Reopened by the button's action: under the headless platform a click that opens a modal dialog is also
        // delivered to the dialog's button that lands under the cursor (here « Ordonnance (PDF)… »).
        // (runLater, not interact: the modal dialog's nested loop would keep interact waiting until it closes).
        javafx.application.Platform.runLater(() -> lookup("#action-consultation").queryButton().fire());
        waitUntil(() -> "37,8".equals(lookup("#consultation-temperature").queryAs(TextField.class).getText()));
        assertEquals("Carie de la dentine", fx(() -> lookup(".diagnosis-label").queryAs(TextField.class).getText()));
        assertTrue(fx(() -> lookup("#consultation-when").queryAs(Label.class).getText()).contains("Enregistrée par admin"));
        interact(() -> lookup("#consultation-temperature").queryAs(TextField.class).setText("38,4"));
        javafx.application.Platform.runLater(() -> lookup("#consultation-save").queryButton().fire());
        waitUntil(() -> lookup("#consultation-reason").tryQuery().isEmpty());
        assertEquals(new BigDecimal("38.4"), consultations.open(saved.id()).vitals().temperatureC(),
                "the reopened consultation was edited, not duplicated");
        assertEquals(1, consultations.historyOf(visit.patientId()).stream()
                .filter(l -> visit.id().equals(l.appointmentId())).count());
    }
}
