package nova.ui.flow;

import static nova.ui.flow.FlowWaits.fx;
import static nova.ui.flow.FlowWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import nova.app.Workstation;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.ReferralUrgency;
import nova.consultation.domain.Vitals;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralProgress;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The receiving CSRéf's desk in the real window (headless), on a real hub: a CSCOM sent a referral, the CSRéf's
 * « Orientations » button counts it and opens the list; the receptionist opens it, creates the patient record from it (no duplicate
 * here) and marks it received; the CSCOM reads the answer at its next synchronisation.
 */
class ReceivedReferralsFlowTest extends FxRobot {

    @TempDir
    Path temp;

    private FlowApp app;
    private TestHub hub;
    private String cscomSite;
    private Path cscomDir;
    private Consultation sent;

    @BeforeEach
    void aCscomSentAReferral() throws Exception {
        hub = HubTestServer.newHub();
        cscomSite = hub.newSite("cscom");
        String csrefSite = hub.newSite("csref");
        cscomDir = temp.resolve("cscom");
        Path csrefDir = temp.resolve("csref");
        TestStores.create(cscomDir, "cscom-mali", false);
        TestStores.create(csrefDir, "cscom-mali", true);
        try (Workstation csref = configured(csrefDir, csrefSite)) {
            synchronise(csref); // publishes its profile: the CSCOM's directory lists it
        }
        try (Workstation cscom = configured(cscomDir, cscomSite)) {
            synchronise(cscom);
            PatientSummary patient = cscom.patients().create(new NewPatient("KONATÉ", "Mariam", Sex.FEMALE, null,
                    LocalDate.of(2021, 6, 2), "76 45 12 90", "Kalaban", null));
            sent = cscom.consultations().save(new ConsultationDraft(null, patient.id(), null, null, null,
                    "Fièvre depuis 3 jours", new Vitals(new BigDecimal("39.6"), 140, null, null, new BigDecimal("11.2")),
                    "Enfant prostré", List.of(new Diagnosis("B50.9", "Paludisme grave")), List.of(), List.of(),
                    new Referral("CSRéf", "Paludisme grave, convulsions", ReferralStatus.SENT,
                            ReferralUrgency.EVACUATION, csrefSite, null)));
            synchronise(cscom);
        }
        try (Workstation csref = TestStores.login(csrefDir)) {
            synchronise(csref);
        }

        app = FlowApp.open(csrefDir);
        app.logIn(this);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void theCsrefOpensTheReferralCreatesThePatientAndTheCscomSeesItReceived() throws Exception {
        waitUntil(() -> "Orientations (1)".equals(buttonTitle()));
        assertTrue(fx(() -> lookup("#referrals-button").queryButton().getStyleClass().contains("referrals-waiting")),
                "one referral nobody opened yet: the button stands out");
        Platform.runLater(() -> lookup("#referrals-button").queryButton().fire());
        waitUntil(() -> lookup("#referrals-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<ReceivedReferral> list = lookup("#referrals-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        ReceivedReferral line = fx(() -> list.getItems().getFirst());
        assertEquals("KONATÉ Mariam", line.patientName());
        assertEquals(ReferralUrgency.EVACUATION, line.urgency());
        waitUntil(() -> fx(() -> list.getSelectionModel().getSelectedItem()) != null);
        assertEquals(line, fx(() -> list.getSelectionModel().getSelectedItem()), "the most recent is selected");

        clickOn(lookup("#referrals-list").lookup(".today-name").queryAllAs(Label.class).stream()
                .filter(l -> "KONATÉ Mariam".equals(l.getText())).findFirst().orElseThrow());
        waitUntil(() -> !lookup("#referrals-open").queryButton().isDisabled());
        Platform.runLater(() -> lookup("#referrals-open").queryButton().fire());
        waitUntil(() -> lookup("#referral-details").tryQuery().isPresent());
        String shown = fx(() -> lookup("#referral-details").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b));
        assertTrue(shown.contains("B50.9 Paludisme grave"), shown);
        assertTrue(shown.contains("Évacuation sanitaire"), shown);
        assertTrue(shown.contains("39,6 °C"), shown);
        Platform.runLater(() -> lookup("#referral-details").queryAs(javafx.scene.control.DialogPane.class)
                .getButtonTypes().stream().findFirst().ifPresent(type -> ((javafx.scene.control.Button)
                        lookup("#referral-details").queryAs(javafx.scene.control.DialogPane.class).lookupButton(type))
                        .fire()));
        waitUntil(() -> lookup("#referral-details").tryQuery().isEmpty());
        waitUntil(() -> "Orientations".equals(buttonTitle()));
        assertEquals(ReferralProgress.SEEN, fx(() -> list.getItems().getFirst().progress()), "opened: « vue »");

        Platform.runLater(() -> lookup("#referrals-patient").queryButton().fire());
        waitUntil(() -> lookup("#referral-patient-last").tryQuery().isPresent());
        assertEquals("KONATÉ", fx(() -> lookup("#referral-patient-last").queryAs(TextField.class).getText()),
                "prefilled from the referral");
        assertTrue(lookup("#referral-patient-candidates").tryQuery().isEmpty(), "no namesake at the CSRéf");
        var patientPane = lookup("#referral-patient").queryAs(javafx.scene.control.DialogPane.class);
        Platform.runLater(() -> patientPane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .ifPresent(t -> ((javafx.scene.control.Button) patientPane.lookupButton(t)).fire()));
        var csref = app.desk().workstation();
        waitUntil(() -> fx(() -> list.getItems().getFirst().localPatientId()) != null);
        PatientSummary created = csref.patients().search("KONATÉ Mariam", 5).getFirst();
        assertEquals(created.id(), fx(() -> list.getItems().getFirst().localPatientId()));
        assertEquals("+22376451290", created.phoneE164());

        clickOn("#referrals-received");
        waitUntil(() -> fx(() -> list.getItems().getFirst().progress()) == ReferralProgress.RECEIVED);
        assertTrue(lookup("#referrals-received").queryButton().isDisabled(), "a step already reached");

        try (SyncConnector connector = SyncConnectors.open(csref.sync().settings().effectiveUrl(),
                csref.sync().settings().hubCredentials())) {
            csref.sync().synchronise(connector);
        }
        try (Workstation cscom = TestStores.login(cscomDir)) {
            synchronise(cscom);
            assertEquals(ReferralProgress.RECEIVED,
                    cscom.referrals().sentState(sent.referral()).orElseThrow().progress());
        }
    }

    private String buttonTitle() throws Exception {
        return fx(() -> lookup("#referrals-button").tryQuery().map(b -> ((javafx.scene.control.Button) b).getText())
                .orElse(null));
    }

    private Workstation configured(Path dir, String site) throws Exception {
        Workstation workstation = TestStores.login(dir);
        workstation.sync().settings().configure(hub.jdbcUrl(), site, null, TestHub.SITE_PASSWORD.toCharArray(),
                "secret-des-cles-usb".toCharArray(), true);
        return workstation;
    }

    private static void synchronise(Workstation workstation) {
        try (SyncConnector connector = SyncConnectors.open(workstation.sync().settings().effectiveUrl(),
                workstation.sync().settings().hubCredentials())) {
            workstation.sync().synchronise(connector);
        }
    }
}
