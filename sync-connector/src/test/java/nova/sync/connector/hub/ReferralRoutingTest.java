package nova.sync.connector.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.HubSite;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hub migration V7: the addressee of a referral answers with a `referral_status` record of its own, addressed
 * back to the sender; a third site sees neither; every site reads the directory of the other sites' names.
 */
class ReferralRoutingTest {

    private static TestHub hub;
    private static String cscom;
    private static String csref;
    private static String other;

    @BeforeAll
    static void sites() {
        hub = HubTestServer.newHub();
        cscom = hub.newSite("cscom");
        csref = hub.newSite("csref");
        other = hub.newSite("autre");
    }

    @Test
    void theAddresseeAnswersWithItsOwnStatusRecordThatOnlyTheSenderReads() throws SQLException {
        UUID referralId = UUID.randomUUID();
        ChangeRecord referral = ChangeRecord.outgoing("referral", referralId, Operation.UPSERT,
                "{\"reason\":\"Suspicion de paludisme grave\",\"target_site\":\"" + csref + "\"}", 0,
                UUID.randomUUID(), cscom, "W1").addressedTo(csref);
        try (PostgresSyncConnector a = hub.connect(cscom, "W1")) {
            assertEquals(PushStatus.APPLIED, a.push(List.of(referral)).getFirst().status());
        }
        ChangeRecord status = ChangeRecord.outgoing("referral_status", referralId, Operation.UPSERT,
                "{\"status\":\"RECEIVED\",\"target_site\":\"" + cscom + "\"}", 0, UUID.randomUUID(), csref, "W2")
                .addressedTo(cscom);
        try (PostgresSyncConnector b = hub.connect(csref, "W2")) {
            PushResult result = b.push(List.of(status)).getFirst();
            assertEquals(PushStatus.APPLIED, result.status(), result.reason());
        }

        Map<String, List<ChangeRecord>> bySite = Map.of(cscom, pulled(cscom), csref, pulled(csref), other, pulled(other));
        assertEquals(List.of("referral", "referral_status"), entities(bySite.get(cscom)), "the sender reads the answer");
        assertEquals(List.of("referral", "referral_status"), entities(bySite.get(csref)));
        assertEquals(List.of(), entities(bySite.get(other)), "a third site reads nothing");
        try (Connection c = hub.asSite(other); PreparedStatement query = c.prepareStatement(
                "SELECT count(*) FROM nova_hub.entity_state WHERE id = ?")) {
            query.setObject(1, referralId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "row-level security hides both records from a third site");
            }
        }
        // The sender cannot forge the addressee's answer, nor can the addressee rewrite the referral.
        try (Connection a = hub.asSite(cscom); PreparedStatement update = a.prepareStatement(
                "UPDATE nova_hub.entity_state SET payload = '{\"status\":\"HANDLED\"}'"
                        + " WHERE entity = 'referral_status' AND id = ?")) {
            update.setObject(1, referralId);
            assertEquals(0, update.executeUpdate());
        }
        ChangeRecord forged = ChangeRecord.outgoing("referral_status", referralId, Operation.UPSERT,
                "{\"status\":\"HANDLED\"}", 1, UUID.randomUUID(), cscom, "W1").addressedTo(cscom);
        try (PostgresSyncConnector a = hub.connect(cscom, "W1")) {
            assertEquals(PushStatus.REJECTED, a.push(List.of(forged)).getFirst().status());
        }
    }

    @Test
    void everySiteReadsTheNamesOfTheOthersButNotItself() throws SQLException {
        try (Connection admin = hub.admin(); PreparedStatement name = admin.prepareStatement(
                "UPDATE nova_hub.site SET display_name = ? WHERE site_id = ?")) {
            name.setString(1, "CSRéf de Kati");
            name.setString(2, csref);
            name.executeUpdate();
        }
        ChangeRecord profile = ChangeRecord.outgoing("clinic", UUID.randomUUID(), Operation.UPSERT,
                "{\"name\":\"CSCOM de Kalaban\",\"address\":\"Kalaban Coro\"}", 0, UUID.randomUUID(), cscom, "W1");
        try (PostgresSyncConnector a = hub.connect(cscom, "W1")) {
            assertEquals(PushStatus.APPLIED, a.push(List.of(profile)).getFirst().status());
        }
        try (PostgresSyncConnector c = hub.connect(other, "W3")) {
            Map<String, HubSite> sites = c.sites().stream().collect(Collectors.toMap(HubSite::siteId, s -> s));
            assertFalse(sites.containsKey(other), "a site is not its own destination");
            assertEquals(new HubSite(cscom, "CSCOM de Kalaban", "Kalaban Coro"), sites.get(cscom),
                    "the published clinic profile names the site");
            assertEquals("CSRéf de Kati", sites.get(csref).name(), "the admin's name comes first");
        }
        try (PostgresSyncConnector b = hub.connect(csref, "W2")) {
            assertTrue(b.sites().stream().anyMatch(s -> s.siteId().equals(other) && s.name().equals(other)),
                    "a site without profile nor name is listed by its id");
        }
    }

    private static List<ChangeRecord> pulled(String site) {
        try (PostgresSyncConnector connector = hub.connect(site, "puller")) {
            PullPage page = connector.pull(SyncCursor.START, 10_000);
            return page.changes().stream().filter(c -> c.entity().startsWith("referral")).toList();
        }
    }

    private static List<String> entities(List<ChangeRecord> changes) {
        return changes.stream().map(ChangeRecord::entity).sorted().toList();
    }
}
