package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nova.sync.connector.ChangeHint;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hub migration V9 (decision 0211): a site's hints travel on its own channel, so the server sends a workstation
 * its site's hints only, instead of every site's for the workstation to drop; a referral also hints its addressee.
 * A workstation whose hint connection was lost catches up once it listens again.
 */
class HintChannelTest {

    @Test
    void aSiteChannelCarriesThatSiteHintsOnlyAndTheOldChannelStillCarriesAll() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String bamako = hub.newSite("bamako");
        String kayes = hub.newSite("kayes");
        try (Connection bamakoListener = hub.asSite(bamako);
                Connection oldListener = hub.asSite(bamako);
                PostgresSyncConnector kayesDesk = hub.connect(kayes, "K1");
                PostgresSyncConnector bamakoDesk = hub.connect(bamako, "B1")) {
            listen(bamakoListener, PostgresChangeHint.channelOf(bamako));
            listen(oldListener, "nova_hub_changes");

            kayesDesk.push(List.of(Changes.newPatient(kayes, "K1", 1)));
            assertEquals(List.of(), notifications(bamakoListener), "another site's push reaches this site's channel");

            bamakoDesk.push(Changes.newPatients(bamako, "B1", 3));
            assertEquals(List.of(PostgresChangeHint.channelOf(bamako)), notifications(bamakoListener),
                    "one hint per push transaction on the site's channel");
            assertEquals(List.of(kayes, bamako), notifications(oldListener),
                    "workstations not yet upgraded still hear the old channel, with the site as payload");
        }
    }

    @Test
    void aReferralHintsItsAddressee() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String cscom = hub.newSite("cscom");
        String csref = hub.newSite("csref");
        try (Connection csrefListener = hub.asSite(csref);
                PostgresSyncConnector sender = hub.connect(cscom, "W1")) {
            listen(csrefListener, PostgresChangeHint.channelOf(csref));
            ChangeRecord referral = ChangeRecord.outgoing("referral", UUID.randomUUID(), Operation.UPSERT,
                    "{\"reason\":\"Suspicion de paludisme grave\",\"target_site\":\"" + csref + "\"}", 0,
                    UUID.randomUUID(), cscom, "W1").addressedTo(csref);
            sender.push(List.of(referral));
            assertEquals(List.of(PostgresChangeHint.channelOf(csref)), notifications(csrefListener));
        }
    }

    @Test
    void aWorkstationThatLostItsHintConnectionCatchesUpWhenItListensAgain() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("segou");
        CountDownLatch woken = new CountDownLatch(1);
        try (PostgresSyncConnector desk = hub.connect(site, "S2");
                ChangeHint hint = desk.changeHint().orElseThrow()) {
            hint.onChange(woken::countDown);
            Thread.sleep(1_000); // the LISTEN connection opens
            try (Connection admin = hub.admin(); Statement statement = admin.createStatement()) {
                // The hub restarting, as far as this workstation's hint connection is concerned.
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE application_name = 'nova-sync S2'");
            }
            assertEquals(1, woken.getCount(), "woken before listening again");
            assertTrue(woken.await(10, TimeUnit.SECONDS), "no catch-up sync after listening again");
        }
    }

    private static void listen(Connection connection, String channel) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + channel);
        }
    }

    /** The notifications received so far (channel, or payload on the old channel), waiting up to 1 s. */
    private static List<String> notifications(Connection connection) throws SQLException {
        List<String> received = new ArrayList<>();
        PGNotification[] batch = connection.unwrap(PGConnection.class).getNotifications(1_000);
        while (batch != null && batch.length > 0) {
            for (PGNotification notification : batch) {
                received.add(notification.getName().equals("nova_hub_changes")
                        ? notification.getParameter() : notification.getName());
            }
            batch = connection.unwrap(PGConnection.class).getNotifications(300);
        }
        return received;
    }
}
