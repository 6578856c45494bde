package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import nova.referral.domain.ReferralProgress;
import nova.referral.store.ReferralStatusEntity;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two desks of the receiving CSRéf mark the same referral offline (« traitée » on one, « reçue » on the other),
 * against a real hub: whatever the order their changes reach the hub, the referral stays « traitée » on both desks,
 * on the hub and at the sending CSCOM, and the « reçue » instant of the late desk is kept (decision 0215).
 */
class ReferralStepsSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    @ParameterizedTest(name = "la réponse du poste {0} arrive la première au hub")
    @ValueSource(strings = {"A", "B"})
    void aLateReceivedNeverTakesAHandledReferralBack(String first) throws Exception {
        try (Sites sites = openSites()) {
            Desk a = sites.csrefA();
            Desk b = sites.csrefB();
            Desk cscom = sites.cscom();
            String csrefSite = sites.csrefSite();
            cscom.synchronise(); // the directory now lists the CSRéf
            Consultation sent = refer(cscom, csrefSite);
            UUID id = sent.referral().referralId();
            cscom.synchronise();
            a.synchronise();
            b.synchronise();

            // Both desks offline: A handles the patient, B (whose screen still shows the referral new) marks it
            // received a little later.
            a.workstation.referrals().mark(id, ReferralProgress.HANDLED);
            b.workstation.referrals().mark(id, ReferralProgress.RECEIVED);
            List<Desk> order = first.equals("A") ? List.of(a, b) : List.of(b, a);
            order.get(0).synchronise();
            order.get(1).synchronise();
            for (Desk desk : List.of(a, b, cscom, a, b, cscom)) {
                desk.synchronise();
            }

            for (Desk desk : List.of(a, b)) {
                assertEquals(ReferralProgress.HANDLED, desk.workstation.referrals().received().getFirst().progress(),
                        "the step never goes back on a desk of the CSRéf");
                assertEquals(0, desk.waiting(), "nothing left to send");
            }
            assertEquals(ReferralProgress.HANDLED,
                    cscom.workstation.referrals().sentState(sent.referral()).orElseThrow().progress(),
                    "the sender sees the furthest step");
            JsonNode onHub = JSON.readTree(hub.state(csrefSite, "referral_status").get(id));
            assertEquals("HANDLED", onHub.path("status").asText());
            assertNotNull(onHub.get("received_at").textValue(), "the late « reçue » keeps its instant");
            assertNotNull(onHub.get("handled_at").textValue());
            assertEquals(answer(a, id), answer(b, id), "both desks hold the same answer");
        }
    }

    /**
     * A desk of an older release pushes a step back (its field merge let « reçue » win): the sender keeps
     * « traitée », and the next desk of the CSRéf that pulls it sends the furthest step again.
     */
    @Test
    void aStepBackPushedByAnOlderDeskIsHealed() throws Exception {
        try (Sites sites = openSites()) {
            Desk a = sites.csrefA();
            Desk b = sites.csrefB();
            Desk cscom = sites.cscom();
            String csrefSite = sites.csrefSite();
            String cscomSite = sites.cscomSite();
            cscom.synchronise();
            Consultation sent = refer(cscom, csrefSite);
            UUID id = sent.referral().referralId();
            cscom.synchronise();
            a.synchronise();
            a.workstation.referrals().mark(id, ReferralProgress.HANDLED);
            a.synchronise();
            cscom.synchronise();
            b.synchronise();

            // What an older desk would push: « reçue », the « traitée » instant dropped, on the hub's version.
            Map<String, Object> stepBack = new LinkedHashMap<>();
            ReferralStatusEntity held = b.workstation.database().inTransaction(session ->
                    session.find(ReferralStatusEntity.class, id));
            stepBack.put("target_site", cscomSite);
            stepBack.put("status", "RECEIVED");
            stepBack.put("seen_at", null);
            stepBack.put("received_at", java.time.Instant.now().toString());
            stepBack.put("handled_at", null);
            stepBack.put("deleted", false);
            stepBack.put("updated_at", java.time.Instant.now().toString());
            b.workstation.database().runInTransaction(session -> new OutboxWriter(Clock.systemUTC())
                    .upsert(session, "referral_status", id, held.getHubVersion(), stepBack));
            b.synchronise();
            assertEquals("RECEIVED", JSON.readTree(hub.state(csrefSite, "referral_status").get(id))
                    .path("status").asText(), "the hub took the older desk's version as it came");

            cscom.synchronise();
            assertEquals(ReferralProgress.HANDLED,
                    cscom.workstation.referrals().sentState(sent.referral()).orElseThrow().progress(),
                    "the sender does not go back");
            a.synchronise(); // pulls the step back, keeps « traitée » and sends it again
            assertEquals(ReferralProgress.HANDLED, a.workstation.referrals().received().getFirst().progress());
            a.synchronise();
            JsonNode healed = JSON.readTree(hub.state(csrefSite, "referral_status").get(id));
            assertEquals("HANDLED", healed.path("status").asText(), "the hub holds the furthest step again");
            assertNotNull(healed.get("received_at").textValue(), "with the older desk's « reçue » instant");
            cscom.synchronise();
            b.synchronise();
            assertEquals(ReferralProgress.HANDLED,
                    cscom.workstation.referrals().sentState(sent.referral()).orElseThrow().progress());
            assertEquals(ReferralProgress.HANDLED, b.workstation.referrals().received().getFirst().progress());
        }
    }

    /** Two desks of one CSRéf (copies of one store, each its own workstation) and a CSCOM desk that refers to it. */
    private record Sites(String cscomSite, String csrefSite, Desk csrefA, Desk csrefB, Desk cscom)
            implements AutoCloseable {
        @Override
        public void close() {
            cscom.close();
            csrefB.close();
            csrefA.close();
        }
    }

    private Sites openSites() throws Exception {
        String cscomSite = hub.newSite("cscom");
        String csrefSite = hub.newSite("csref");
        Path dirA = temp.resolve("csref-a");
        Path dirB = temp.resolve("csref-b");
        TestStores.create(dirA, "cscom-mali", false);
        Desk.copyStore(dirA, dirB);
        TestStores.create(temp.resolve("cscom"), "cscom-mali", false);
        Desk a = Desk.openPublished(dirA, hub, csrefSite, Clock.systemUTC());
        Desk b = Desk.openPublished(dirB, hub, csrefSite, Clock.systemUTC());
        Desk cscom = Desk.openPublished(temp.resolve("cscom"), hub, cscomSite, Clock.systemUTC());
        b.sync().settings().renewWorkstationId();
        return new Sites(cscomSite, csrefSite, a, b, cscom);
    }

    private static String answer(Desk desk, UUID id) {
        return desk.workstation.database().inTransaction(session ->
                session.find(ReferralStatusEntity.class, id).answer().toString());
    }

    private static Consultation refer(Desk cscom, String csrefSite) {
        PatientSummary patient = cscom.workstation.patients().create(new NewPatient("DIARRA", "Oumou", Sex.FEMALE,
                null, LocalDate.of(2020, 1, 5), "76 10 20 30", null, null));
        return cscom.workstation.consultations().save(new ConsultationDraft(null, patient.id(), null, null, null,
                "Fièvre", new Vitals(new BigDecimal("39.1"), 120, null, null, null), null,
                List.of(new Diagnosis("B50.9", "Paludisme grave")), List.of(), List.of(),
                new Referral("CSRéf", "Paludisme grave", ReferralStatus.SENT, ReferralUrgency.URGENT, csrefSite,
                        null)));
    }
}
