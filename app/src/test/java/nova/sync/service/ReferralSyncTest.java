package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.referral.domain.ReferralProgress;
import nova.referral.domain.ReferralSite;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSCOM refers a patient to the district CSRéf, another NOVA site of the same real hub: the referral leaves with
 * the consultation, reaches the CSRéf and no other site, and the CSRéf's answer comes back to the CSCOM.
 */
class ReferralSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestHub hub;

    @TempDir
    Path temp;

    @BeforeAll
    static void hub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aReferralReachesItsAddresseeOnlyAndTheAnswerComesBack() throws Exception {
        Sites sites = sites();
        try (Desk cscom = store("cscom", sites.cscom);
             Desk csref = store("csref", sites.csref);
             Desk other = store("autre", sites.other)) {
            cscom.synchronise(); // reads the directory again, now that every site published its profile
            List<ReferralSite> destinations = cscom.workstation.siteDirectory().sites();
            assertTrue(ids(destinations).containsAll(Set.of(sites.csref, sites.other)), "the other sites");
            assertFalse(ids(destinations).contains(sites.cscom), "not itself");
            assertEquals("CSRéf de Kati", destinations.stream().filter(s -> s.siteId().equals(sites.csref))
                    .findFirst().orElseThrow().name());

            PatientSummary patient = cscom.workstation.patients().create(new NewPatient("TRAORÉ", "Awa", Sex.FEMALE,
                    null, LocalDate.of(2019, 3, 14), "76 12 34 56", "Kalaban", null));
            Consultation consultation = cscom.workstation.consultations().save(referring(patient.id(), sites.csref));
            Referral sent = consultation.referral();
            assertNotNull(sent.referralId(), "the referral record is created with the consultation");
            assertEquals(0, csref.workstation.referrals().received().size());

            cscom.synchronise();
            assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE entity = 'referral'"
                    + " AND id = ? AND site_id = ? AND target_site_id = ?", sent.referralId(), sites.cscom, sites.csref));
            String payload = hub.state(sites.cscom, "referral").get(sent.referralId());
            assertEquals(LEAVING, keys(payload), "exactly the fields of decision 0201 leave the site");
            assertFalse(payload.contains(patient.id().toString()), "no local patient id leaves the site");
            assertFalse(payload.contains(consultation.id().toString()), "no consultation id leaves the site");
            assertFalse(payload.contains("Kalaban"), "the village stays at the CSCOM");

            csref.synchronise();
            other.synchronise();
            assertEquals(List.of(), other.workstation.referrals().received(), "a third site receives nothing");
            assertEquals(0, rows(other, "referral"), "not even a row");
            assertEquals(0, hubRowsSeenBy(sites.other, sent.referralId()), "row-level security hides it on the hub");

            List<ReceivedReferral> received = csref.workstation.referrals().received();
            assertEquals(1, received.size());
            ReceivedReferral line = received.getFirst();
            assertEquals(sent.referralId(), line.id());
            assertEquals("TRAORÉ Awa", line.patientName());
            assertEquals(LocalDate.of(2019, 3, 14), line.birthDate());
            assertEquals("FEMALE", line.sex());
            assertEquals("+22376123456", line.phone());
            assertEquals(ReferralUrgency.URGENT, line.urgency());
            assertEquals("Convulsions fébriles, suspicion de paludisme grave", line.reason());
            assertEquals(ReferralProgress.NEW, line.progress());

            ReferralDetails details = csref.workstation.referrals().open(line.id());
            assertTrue(details.clinicalShown());
            assertEquals(List.of(new Diagnosis("B50.9", "Paludisme à P. falciparum")), details.diagnoses());
            assertEquals(new BigDecimal("39.8"), details.vitals().temperatureC());
            assertEquals(ReferralProgress.SEEN, details.referral().progress(), "opening it answers « vue »");
            csref.workstation.referrals().mark(line.id(), ReferralProgress.RECEIVED);
            csref.synchronise();
            cscom.synchronise();
            other.synchronise();

            var state = cscom.workstation.referrals().sentState(sent).orElseThrow();
            assertEquals(ReferralProgress.RECEIVED, state.progress(), "the answer came back to the sender");
            assertNotNull(state.at());
            assertEquals("CSRéf de Kati", state.destination());
            assertEquals(0, rows(other, "referral_status"), "nor does the answer reach a third site");
        }
    }

    @Test
    void offlineWritesOnBothSidesMeetAtTheNextSynchronisations() throws Exception {
        Sites sites = sites();
        try (Desk cscom = store("cscom", sites.cscom); Desk csref = store("csref", sites.csref)) {
            cscom.synchronise();
            PatientSummary patient = cscom.workstation.patients().create(new NewPatient("BEN ALI", "Fatima",
                    Sex.FEMALE, 1990, null, "76 00 11 22", null, null));
            // Offline: the consultation and its referral wait in the outbox; the CSRéf sees nothing yet.
            Consultation consultation = cscom.workstation.consultations().save(referring(patient.id(), sites.csref));
            csref.synchronise();
            assertEquals(List.of(), csref.workstation.referrals().received());

            cscom.synchronise();
            csref.synchronise();
            UUID id = consultation.referral().referralId();
            // The CSRéf answers while its link is down: the answer waits in its outbox.
            csref.workstation.referrals().mark(id, ReferralProgress.HANDLED);
            cscom.synchronise();
            assertEquals(ReferralProgress.NEW,
                    cscom.workstation.referrals().sentState(consultation.referral()).orElseThrow().progress());
            csref.synchronise();
            cscom.synchronise();
            assertEquals(ReferralProgress.HANDLED,
                    cscom.workstation.referrals().sentState(consultation.referral()).orElseThrow().progress());
            // A step already passed changes nothing and sends nothing.
            long waiting = csref.waiting();
            csref.workstation.referrals().mark(id, ReferralProgress.RECEIVED);
            assertEquals(waiting, csref.waiting());
        }
    }

    @Test
    void arabicNamesArriveExactlyAndAChangedDestinationCancelsTheFirst() throws Exception {
        Sites sites = sites();
        try (Desk cscom = store("cscom", sites.cscom);
             Desk csref = store("csref", sites.csref);
             Desk other = store("autre", sites.other)) {
            cscom.synchronise();
            PatientSummary patient = cscom.workstation.patients().create(new NewPatient("بن علي", "فاطمة الزهراء",
                    Sex.FEMALE, null, LocalDate.of(1987, 11, 2), "76 55 44 33", null, null));
            Consultation consultation = cscom.workstation.consultations().save(referring(patient.id(), sites.csref));
            cscom.synchronise();
            csref.synchronise();
            ReceivedReferral arrived = csref.workstation.referrals().received().getFirst();
            assertEquals("بن علي", arrived.lastName());
            assertEquals("فاطمة الزهراء", arrived.firstName());

            // The doctor sends the patient to the other site instead.
            Referral first = consultation.referral();
            Referral elsewhere = new Referral("Autre", first.reason(), ReferralStatus.SENT, first.urgency(),
                    sites.other, null);
            Consultation changed = cscom.workstation.consultations().save(withReferral(consultation, elsewhere));
            assertFalse(first.referralId().equals(changed.referral().referralId()), "a new record for a new site");
            cscom.synchronise();
            csref.synchronise();
            other.synchronise();
            assertTrue(csref.workstation.referrals().received().getFirst().cancelled(),
                    "the first addressee sees it cancelled");
            assertEquals("فاطمة الزهراء", other.workstation.referrals().received().getFirst().firstName());
        }
    }

    /** What a referral carries to the receiving site (decision 0201), and nothing else. */
    private static final Set<String> LEAVING = new TreeSet<>(Set.of("from_site", "from_site_name", "target_site",
            "target_site_name", "referred_at", "practitioner_name", "urgency", "reason", "patient_last_name",
            "patient_first_name", "patient_sex", "patient_birth_date", "patient_birth_year", "patient_phone",
            "diagnosis", "temperature_tenths", "pulse_bpm", "systolic_mmhg", "diastolic_mmhg", "weight_tenths_kg",
            "cancelled", "deleted", "updated_at"));

    private record Sites(String cscom, String csref, String other) {
    }

    private static Sites sites() throws Exception {
        Sites sites = new Sites(hub.newSite("cscom"), hub.newSite("csref"), hub.newSite("autre"));
        try (Connection admin = hub.admin(); PreparedStatement name = admin.prepareStatement(
                "UPDATE nova_hub.site SET display_name = ? WHERE site_id = ?")) {
            name.setString(1, "CSRéf de Kati");
            name.setString(2, sites.csref);
            name.executeUpdate();
        }
        return sites;
    }

    private Desk store(String name, String site) throws Exception {
        Path dir = temp.resolve(name);
        nova.testing.TestStores.create(dir, "cscom-mali", false);
        return Desk.openPublished(dir, hub, site, Clock.systemUTC());
    }

    private static ConsultationDraft referring(UUID patientId, String site) {
        return new ConsultationDraft(null, patientId, null, null, null, "Fièvre et convulsions",
                new Vitals(new BigDecimal("39.8"), 132, 95, 60, new BigDecimal("14.5")), "Enfant somnolent",
                List.of(new Diagnosis("B50.9", "Paludisme à P. falciparum")), List.of(), List.of(),
                new Referral("CSRéf", "Convulsions fébriles, suspicion de paludisme grave", ReferralStatus.SENT,
                        ReferralUrgency.URGENT, site, null));
    }

    private static ConsultationDraft withReferral(Consultation c, Referral referral) {
        return new ConsultationDraft(c.id(), c.patientId(), c.appointmentId(), c.practitionerId(), c.seenAt(),
                c.reason(), c.vitals(), c.examination(), c.diagnoses(), c.procedures(), c.prescriptions(), referral);
    }

    private static Set<String> ids(List<ReferralSite> sites) {
        return new TreeSet<>(sites.stream().map(ReferralSite::siteId).toList());
    }

    private static Set<String> keys(String payload) throws Exception {
        Set<String> keys = new TreeSet<>();
        JsonNode node = JSON.readTree(payload);
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static long rows(Desk desk, String table) {
        return desk.workstation.database().inTransaction(session -> ((Number) session.createNativeQuery(
                "SELECT count(*) FROM " + table, Object.class).getSingleResult()).longValue());
    }

    private static long hubRowsSeenBy(String site, UUID id) throws Exception {
        try (Connection c = hub.asSite(site); PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM nova_hub.entity_state WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
