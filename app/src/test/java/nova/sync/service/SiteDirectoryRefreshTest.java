package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nova.common.ValidationException;
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
import nova.referral.domain.ReferralSite;
import nova.referral.service.ReferralSender;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import nova.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub admin renames a site, then removes sites from the hub: at its next synchronisation the CSCOM's desk
 * offers only the sites still on the hub, under their current names, while the referrals it exchanged with a
 * removed site keep showing that site's last known name (decision 0216). Against a real hub of its own, so that
 * removing every other site leaves an empty directory.
 */
class SiteDirectoryRefreshTest {

    @TempDir
    Path temp;

    @Test
    void renamedAndRemovedSitesFollowTheHubAndOldReferralsKeepTheirNames() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String cscomSite = hub.newSite("cscom");
        String csrefSite = hub.newSite("csref");
        String sibySite = hub.newSite("siby");
        name(hub, csrefSite, "CSRéf de Kati");
        name(hub, sibySite, "CSCOM de Siby");
        try (Desk cscom = desk(hub, "cscom", cscomSite);
             Desk csref = desk(hub, "csref", csrefSite);
             Desk siby = desk(hub, "siby", sibySite)) {
            cscom.synchronise();
            siby.synchronise();
            assertEquals(Map.of(csrefSite, "CSRéf de Kati", sibySite, "CSCOM de Siby"), offered(cscom));

            // The CSCOM refers a patient to the CSRéf; Siby refers one to the CSCOM.
            Consultation toCsref = refer(cscom, csrefSite, "DIARRA");
            refer(siby, cscomSite, "COULIBALY");
            siby.synchronise();
            cscom.synchronise();
            csref.synchronise();
            assertEquals("CSCOM de Siby", cscom.workstation.referrals().received().getFirst().fromSite());

            // The hub admin renames the CSRéf and removes Siby.
            name(hub, csrefSite, "CSRéf de Kati — nouveau bâtiment");
            remove(hub, sibySite);
            cscom.synchronise();
            assertEquals(Map.of(csrefSite, "CSRéf de Kati — nouveau bâtiment"), offered(cscom),
                    "a removed site is no longer offered; a renamed one is offered under its new name");
            assertEquals("CSRéf de Kati — nouveau bâtiment",
                    cscom.workstation.referrals().sentState(toCsref.referral()).orElseThrow().destination());
            assertEquals("CSCOM de Siby", cscom.workstation.referrals().received().getFirst().fromSite(),
                    "a referral from a removed site keeps its last known name");
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> refer(cscom, sibySite, "SANGARÉ"), "a consultation still holding the removed site");
            assertEquals(ReferralSender.NOT_LISTED, refused.getMessage());

            // The CSRéf goes too: the hub lists no other site, and the kept copy follows it.
            remove(hub, csrefSite);
            cscom.synchronise();
            assertEquals(Map.of(), offered(cscom), "an empty directory empties the offer");
            assertEquals("CSRéf de Kati — nouveau bâtiment",
                    cscom.workstation.referrals().sentState(toCsref.referral()).orElseThrow().destination(),
                    "the last name the hub gave it, not « inconnu » nor its id");

            // A site added back (the same id) is offered again.
            try (Connection admin = hub.admin(); PreparedStatement back = admin.prepareStatement(
                    "INSERT INTO nova_hub.site (site_id, role_name, display_name) VALUES (?, ?, ?)")) {
                back.setString(1, csrefSite);
                back.setString(2, nova.sync.connector.hub.HubInstaller.roleNameOf(csrefSite));
                back.setString(3, "CSRéf de Kati");
                back.executeUpdate();
            }
            cscom.synchronise();
            assertEquals("CSRéf de Kati", offered(cscom).get(csrefSite));
        }
    }

    private Desk desk(TestHub hub, String name, String site) throws Exception {
        Path dir = temp.resolve(name);
        TestStores.create(dir, "cscom-mali", false);
        return Desk.openPublished(dir, hub, site, Clock.systemUTC());
    }

    private static Map<String, String> offered(Desk desk) {
        return desk.workstation.siteDirectory().sites().stream()
                .collect(Collectors.toMap(ReferralSite::siteId, ReferralSite::name));
    }

    private static void name(TestHub hub, String site, String name) throws Exception {
        try (Connection admin = hub.admin(); PreparedStatement update = admin.prepareStatement(
                "UPDATE nova_hub.site SET display_name = ? WHERE site_id = ?")) {
            update.setString(1, name);
            update.setString(2, site);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** What the hub admin does to take a site out of the network (guide informatique). */
    private static void remove(TestHub hub, String site) throws Exception {
        try (Connection admin = hub.admin(); PreparedStatement delete = admin.prepareStatement(
                "DELETE FROM nova_hub.site WHERE site_id = ?")) {
            delete.setString(1, site);
            assertEquals(1, delete.executeUpdate());
        }
    }

    private static Consultation refer(Desk from, String toSite, String lastName) {
        PatientSummary patient = from.workstation.patients().create(new NewPatient(lastName, "Awa", Sex.FEMALE,
                null, LocalDate.of(2018, 4, 2), "76 11 22 33", null, null));
        return from.workstation.consultations().save(new ConsultationDraft(null, patient.id(), null, null, null,
                "Fièvre", new Vitals(new BigDecimal("39.0"), 110, null, null, null), null,
                List.of(new Diagnosis("B50.9", "Paludisme grave")), List.of(), List.of(),
                new Referral("CSRéf", "Paludisme grave", ReferralStatus.SENT, ReferralUrgency.URGENT, toSite,
                        null)));
    }
}
