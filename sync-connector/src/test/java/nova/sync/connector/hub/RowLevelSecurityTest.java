package nova.sync.connector.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three sites on one real hub: each sees and writes only its own rows (and referrals to it), whatever it forges. */
class RowLevelSecurityTest {

    private static TestHub hub;
    private static String siteA;
    private static String siteB;
    private static String siteC;
    private static List<ChangeRecord> pushedByA;
    private static List<ChangeRecord> pushedByB;

    @BeforeAll
    static void sitesWithData() {
        hub = HubTestServer.newHub();
        siteA = hub.newSite("bamako");
        siteB = hub.newSite("kati");
        siteC = hub.newSite("segou");
        pushedByA = Changes.newPatients(siteA, "A1", 20);
        pushedByB = Changes.newPatients(siteB, "B1", 15);
        try (PostgresSyncConnector a = hub.connect(siteA, "A1"); PostgresSyncConnector b = hub.connect(siteB, "B1")) {
            assertTrue(a.push(pushedByA).stream().allMatch(r -> r.status() == PushStatus.APPLIED));
            assertTrue(b.push(pushedByB).stream().allMatch(r -> r.status() == PushStatus.APPLIED));
        }
    }

    @Test
    void eachSitePullsOnlyItsOwnRows() {
        assertTrue(pulledKeys(siteA).containsAll(keys(pushedByA)));
        assertTrue(pulledKeys(siteA).stream().noneMatch(keys(pushedByB)::contains));
        assertTrue(pulledKeys(siteB).containsAll(keys(pushedByB)));
        assertTrue(pulledKeys(siteB).stream().noneMatch(keys(pushedByA)::contains));
        assertEquals(Set.of(), pulledKeys(siteC));
    }

    @Test
    void aSiteCannotPushInAnotherSitesName() {
        ChangeRecord forged = Changes.newPatient(siteB, "A1", 1);
        try (PostgresSyncConnector a = hub.connect(siteA, "A1")) {
            PushResult result = a.push(List.of(forged)).getFirst();
            assertEquals(PushStatus.REJECTED, result.status());
            assertTrue(result.reason().contains(siteA), result.reason());
        }
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.change_ledger WHERE idempotency_key = '"
                + forged.idempotencyKey() + "'"));
    }

    @Test
    void aSiteCannotOverwriteAnotherSitesRecordThroughThePushFunction() {
        ChangeRecord ofB = pushedByB.getFirst();
        ChangeRecord hijack = ChangeRecord.outgoing("patient", ofB.id(), Operation.UPSERT, "{\"nom\":\"pirate\"}", 0,
                UUID.randomUUID(), siteA, "A1");
        ChangeRecord hijackAtVersion = ChangeRecord.outgoing("patient", ofB.id(), Operation.UPSERT,
                "{\"nom\":\"pirate\"}", 1, UUID.randomUUID(), siteA, "A1");
        try (PostgresSyncConnector a = hub.connect(siteA, "A1")) {
            List<PushResult> results = a.push(List.of(hijack, hijackAtVersion));
            assertEquals(PushStatus.REJECTED, results.get(0).status());
            assertEquals(PushStatus.REJECTED, results.get(1).status());
        }
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE payload->>'nom' = 'pirate'"));
    }

    @Test
    void forgedSiteIdInRawSqlIsRefusedByRowLevelSecurity() throws SQLException {
        try (Connection a = hub.asSite(siteA); Statement statement = a.createStatement()) {
            SQLException insert = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO nova_hub.change_ledger (entity, entity_id, operation, payload, version, idempotency_key, site_id)"
                            + " VALUES ('patient', gen_random_uuid(), 'UPSERT', '{}', 1, gen_random_uuid(), '" + siteB + "')"));
            assertEquals("42501", insert.getSQLState(), insert.getMessage());
            SQLException state = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO nova_hub.entity_state (entity, id, site_id, payload, version, last_seq)"
                            + " VALUES ('patient', gen_random_uuid(), '" + siteB + "', '{}', 1, 1)"));
            assertEquals("42501", state.getSQLState(), state.getMessage());
            assertEquals(0, statement.executeUpdate("UPDATE nova_hub.entity_state SET payload = '{}' WHERE site_id = '"
                    + siteB + "'"));
            SQLException move = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE nova_hub.entity_state SET site_id = '" + siteB + "' WHERE site_id = '" + siteA + "'"));
            assertEquals("42501", move.getSQLState(), move.getMessage());
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*) FILTER (WHERE site_id <> '" + siteA + "' AND target_site_id IS DISTINCT FROM '"
                            + siteA + "') FROM nova_hub.entity_state")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
            assertThrows(SQLException.class, () -> statement.executeQuery("SELECT count(*) FROM nova_hub.patient"),
                    "partitions are not granted to sites at all");
        }
        assertEquals(pushedByB.size(), hub.adminCount("SELECT count(*) FROM nova_hub.entity_state WHERE site_id = '"
                + siteB + "' AND payload <> '{}'"));
    }

    @Test
    void aSiteCannotRewriteTheSiteMappingNorBecomeAnotherRole() throws SQLException {
        try (Connection a = hub.asSite(siteA); Statement statement = a.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE nova_hub.site SET role_name = current_user WHERE site_id = '" + siteB + "'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO nova_hub.site (site_id, role_name) VALUES ('x', 'y')"));
            assertThrows(SQLException.class, () -> statement.execute("SET ROLE " + HubInstaller.roleNameOf(siteB)));
            assertThrows(SQLException.class, () -> statement.execute("SET SESSION AUTHORIZATION "
                    + HubInstaller.roleNameOf(siteB)));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM nova_hub.change_ledger"));
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM nova_hub.site")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "a site sees only its own mapping");
            }
        }
    }

    @Test
    void aReferralIsReadableByTheSiteItIsAddressedToAndNoOther() throws SQLException {
        ChangeRecord referral = ChangeRecord.outgoing("referral", UUID.randomUUID(), Operation.UPSERT,
                "{\"motif\":\"suspicion de paludisme grave\"}", 0, UUID.randomUUID(), siteA, "A1").addressedTo(siteB);
        ChangeRecord misaddressed = ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT,
                "{\"nom\":\"X\"}", 0, UUID.randomUUID(), siteA, "A1").addressedTo(siteB);
        try (PostgresSyncConnector a = hub.connect(siteA, "A1")) {
            List<PushResult> results = a.push(List.of(referral, misaddressed));
            assertEquals(PushStatus.APPLIED, results.get(0).status());
            assertEquals(PushStatus.REJECTED, results.get(1).status(), "only referrals may be addressed to a site");
        }
        assertTrue(pulledKeys(siteB).contains(referral.idempotencyKey()));
        assertTrue(pulledKeys(siteA).contains(referral.idempotencyKey()));
        assertFalse(pulledKeys(siteC).contains(referral.idempotencyKey()));
        for (String site : List.of(siteB, siteC)) {
            try (Connection connection = hub.asSite(site); PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM nova_hub.entity_state WHERE entity = 'referral' AND id = ?")) {
                query.setObject(1, referral.id());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    assertEquals(site.equals(siteB) ? 1 : 0, rows.getInt(1), site);
                }
            }
        }
        // The addressee reads it but cannot rewrite it.
        try (Connection b = hub.asSite(siteB); PreparedStatement update = b.prepareStatement(
                "UPDATE nova_hub.entity_state SET payload = '{}' WHERE entity = 'referral' AND id = ?")) {
            update.setObject(1, referral.id());
            assertEquals(0, update.executeUpdate());
        }
    }

    @Test
    void siteLoginsHaveAnIdleInTransactionTimeout() throws SQLException {
        try (Connection a = hub.asSite(siteA); Statement statement = a.createStatement();
                ResultSet rows = statement.executeQuery("SHOW idle_in_transaction_session_timeout")) {
            rows.next();
            assertEquals("15s", rows.getString(1));
        }
    }

    private static Set<UUID> keys(List<ChangeRecord> changes) {
        return changes.stream().map(ChangeRecord::idempotencyKey).collect(Collectors.toSet());
    }

    private static Set<UUID> pulledKeys(String site) {
        try (PostgresSyncConnector connector = hub.connect(site, "puller")) {
            PullPage page = connector.pull(SyncCursor.START, 10_000);
            page.changes().forEach(change -> assertTrue(site.equals(change.siteId()) || site.equals(change.targetSiteId()),
                    "row of another site pulled"));
            return keys(page.changes());
        }
    }
}
