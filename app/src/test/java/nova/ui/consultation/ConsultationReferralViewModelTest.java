package nova.ui.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.app.Workstation;
import nova.app.WorkstationDesk;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ReferralUrgency;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.referral.domain.ReferralSite;
import nova.sync.connector.HubSite;
import nova.sync.store.HubSiteRows;
import nova.sync.store.LocalTransactions;
import nova.sync.store.OutboxRow;
import nova.sync.store.OutboxRows;
import nova.testing.TestStores;
import nova.ui.support.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral part of the consultation form on a desk that syncs with a hub (the hub itself is not needed: the
 * site list is the one kept from the last synchronisation, which is what offline means).
 */
class ConsultationReferralViewModelTest {

    @TempDir
    Path dir;
    private Workstation workstation;
    private WorkstationDesk desk;

    @BeforeEach
    void desk() throws Exception {
        TestStores.create(dir, "cscom-mali", false);
        workstation = TestStores.login(dir);
        desk = new WorkstationDesk(workstation);
        workstation.sync().settings().configure("jdbc:postgresql://127.0.0.1:1/nova", "cscom-kalaban", null,
                "x".toCharArray(), "y".toCharArray(), true);
        new LocalTransactions(workstation.database()).inTransaction(tx -> {
            new HubSiteRows().refresh(tx.connection(), List.of(new HubSite("csref-kati", "CSRéf de Kati", "Kati"),
                    new HubSite("cscom-ouelessebougou", "CSCOM de Ouéléssébougou", null)), Clock.systemUTC().instant());
            return null;
        });
    }

    @AfterEach
    void close() {
        workstation.close();
    }

    @Test
    void aNovaSiteChosenAsDestinationIsSentAndReopenedWithItsAnswer() {
        AppointmentView visit = visit();
        ConsultationViewModel form = form();
        form.startFor(visit);
        List<ReferralSite> offered = List.copyOf(form.referralDestinations());
        assertEquals(List.of("CSCOM de Ouéléssébougou", "CSRéf de Kati"),
                offered.stream().map(ReferralSite::name).toList(), "the kept directory, by name");

        form.referredProperty().set(true);
        ReferralSite csref = offered.get(1);
        form.referralSiteProperty().set(csref);
        assertEquals("CSRéf de Kati", form.referralDestinationProperty().get(), "the site names the destination");
        form.referralReasonProperty().set("Anémie sévère : transfusion");
        form.referralUrgencyProperty().set(ReferralUrgency.EVACUATION);
        form.save(() -> { });
        assertEquals("", form.errorProperty().get());

        Consultation saved = form.savedProperty().get();
        assertEquals("csref-kati", saved.referral().targetSiteId());
        assertNotNull(saved.referral().referralId());
        List<OutboxRow> queued = new LocalTransactions(workstation.database()).inTransaction(tx ->
                new OutboxRows().withStatus(tx.connection(), OutboxRow.PENDING, 100)).stream()
                .filter(row -> row.entity().equals("referral")).toList();
        assertEquals(1, queued.size(), "the referral waits in the outbox with the consultation");
        assertTrue(queued.getFirst().payload().contains("\"target_site\":\"csref-kati\""));

        ConsultationViewModel reopened = form();
        reopened.reopen(new PatientSummary(saved.patientId(), "SANOGO", "Awa", null, null, null), saved.id());
        assertEquals("csref-kati", reopened.referralSiteProperty().get().siteId());
        assertEquals(ReferralUrgency.EVACUATION, reopened.referralUrgencyProperty().get());
        assertEquals("Adressée à CSRéf de Kati : pas encore ouverte là-bas.", reopened.referralAnswerProperty().get());
        assertTrue(!reopened.hasUnsavedChanges(), "reopening changes nothing");

        reopened.referralSiteProperty().set(null);
        assertEquals("", reopened.referralDestinationProperty().get(), "« Autre structure » leaves the name to type");
    }

    @Test
    void aSiteRemovedFromTheHubIsNoLongerOfferedNorSentTo() {
        AppointmentView visit = visit();
        ConsultationViewModel openedBefore = form();
        openedBefore.startFor(visit);
        ReferralSite csref = openedBefore.referralDestinations().stream()
                .filter(s -> s.siteId().equals("csref-kati")).findFirst().orElseThrow();
        // The next synchronisation reads a directory without the CSRéf.
        new LocalTransactions(workstation.database()).inTransaction(tx -> {
            new HubSiteRows().refresh(tx.connection(), List.of(new HubSite("cscom-ouelessebougou",
                    "CSCOM de Ouéléssébougou", null)), Clock.systemUTC().instant());
            return null;
        });

        ConsultationViewModel fresh = form();
        fresh.startFor(visit);
        assertEquals(List.of("cscom-ouelessebougou"),
                fresh.referralDestinations().stream().map(ReferralSite::siteId).toList());
        assertTrue(fresh.removedFromHub(csref), "marked where it still shows (a referral already addressed there)");
        assertTrue(!fresh.removedFromHub(fresh.referralDestinations().getFirst()));

        openedBefore.referredProperty().set(true);
        openedBefore.referralSiteProperty().set(csref);
        openedBefore.referralReasonProperty().set("Anémie sévère");
        openedBefore.save(() -> { });
        assertEquals(nova.referral.service.ReferralSender.NOT_LISTED, openedBefore.errorProperty().get(),
                "a form opened before the removal cannot send there");
        assertEquals(null, openedBefore.savedProperty().get());
    }

    @Test
    void aReferralToASiteRemovedSinceReopensWithItsNameMarked() {
        AppointmentView visit = visit();
        ConsultationViewModel form = form();
        form.startFor(visit);
        form.referredProperty().set(true);
        form.referralSiteProperty().set(form.referralDestinations().stream()
                .filter(s -> s.siteId().equals("csref-kati")).findFirst().orElseThrow());
        form.referralReasonProperty().set("Anémie sévère");
        form.save(() -> { });
        Consultation saved = form.savedProperty().get();
        new LocalTransactions(workstation.database()).inTransaction(tx -> {
            new HubSiteRows().refresh(tx.connection(), List.of(new HubSite("cscom-ouelessebougou",
                    "CSCOM de Ouéléssébougou", null)), Clock.systemUTC().instant());
            return null;
        });

        ConsultationViewModel reopened = form();
        reopened.reopen(new PatientSummary(saved.patientId(), "SANOGO", "Awa", null, null, null), saved.id());
        ReferralSite shown = reopened.referralSiteProperty().get();
        assertEquals("csref-kati", shown.siteId());
        assertEquals("CSRéf de Kati", shown.name(), "its last known name");
        assertTrue(reopened.removedFromHub(shown), "shown as removed from the hub");
    }

    private ConsultationViewModel form() {
        return new ConsultationViewModel(desk.consultations().orElseThrow(), desk.clinic(),
                new CurrentThreadTaskExecutor(), Clock.systemUTC());
    }

    private AppointmentView visit() {
        var clinic = workstation.clinic();
        PatientSummary patient = workstation.patients().create(new NewPatient("SANOGO", "Awa", Sex.FEMALE, 1994,
                null, "76 11 22 33", null, null));
        LocalDate monday = LocalDate.now(clinic.profile().zone()).plusWeeks(2)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return workstation.agenda().book(new BookingRequest(patient.id(), clinic.careTypes().getFirst().code(),
                clinic.practitioners().getFirst().id(), clinic.chairs().getFirst().id(),
                ZonedDateTime.of(monday, LocalTime.of(8, 0), clinic.profile().zone()), 30, "Pâleur", "TEST"));
    }
}
