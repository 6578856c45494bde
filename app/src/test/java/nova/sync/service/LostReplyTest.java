package nova.sync.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.HashSet;
import nova.sync.connector.SyncConnector;
import nova.sync.connector.SyncConnectors;
import nova.sync.connector.SyncException;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TcpFaultProxy;
import nova.sync.connector.support.TestHub;
import nova.sync.domain.SyncReport;
import nova.sync.domain.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub committed a push but its reply never came back: nothing is lost, nothing is written twice. */
class LostReplyTest {

    @TempDir
    Path temp;

    @Test
    void aPushWhoseReplyIsLostIsAcknowledgedByItsEchoAndNeverDuplicated() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("perdu");
        Path dir = temp.resolve("a");
        Desk.createStore(dir);
        try (TcpFaultProxy proxy = new TcpFaultProxy(hub.port());
             Desk a = Desk.openPublished(dir, hub, site, Clock.systemUTC())) {
            String viaProxy = hub.jdbcUrl(proxy.port());
            a.sync().settings().configure(viaProxy, site, null, null, null, true);
            var patient = a.newPatient("LOUNES");
            try (SyncConnector connector = a.connect()) {
                a.sync().synchronise(connector);
                for (int hour = 9; hour < 12; hour++) {
                    a.book(patient.id(), Desk.nextSundayAt(0, LocalTime.of(hour, 0)), null);
                }
                proxy.dropNextReply();
                SyncException lost = assertThrows(SyncException.class, () -> a.sync().synchronise(connector));
                assertTrue(lost.retryable());
                assertEquals(SyncState.HORS_LIGNE, a.sync().status().state());
                assertTrue(a.sync().status().lastError().contains("hub"), a.sync().status().lastError());
            }
            assertEquals(1, proxy.droppedReplies());
            assertEquals(3, a.waiting(), "not acknowledged: still queued");
            assertEquals(4, hub.ledgerRows(site, "patient", "appointment"),
                    "the hub did commit the push");

            // Pulling first: our own changes come back and acknowledge the entries.
            try (SyncConnector connector = SyncConnectors.open(a.sync().settings().effectiveUrl(),
                    a.sync().settings().hubCredentials())) {
                a.sync().engine().pull(connector, SyncProgress.NONE, new HashSet<>());
                assertEquals(0, a.waiting());
                SyncReport again = a.sync().synchronise(connector);
                assertEquals(0, again.pushed());
            }
            assertEquals(4, hub.ledgerRows(site, "patient", "appointment"),
                    "exactly one hub row per idempotency key");
            a.assertSameAsHub(hub, "appointment");
            a.assertSameAsHub(hub, "patient");
        }
    }

    @Test
    void aLostReplyThenAPlainRetryGetsDuplicatesAndDrainsTheOutbox() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("perdu");
        Path dir = temp.resolve("b");
        Desk.createStore(dir);
        try (TcpFaultProxy proxy = new TcpFaultProxy(hub.port());
             Desk a = Desk.openPublished(dir, hub, site, Clock.systemUTC())) {
            a.sync().settings().configure(hub.jdbcUrl(proxy.port()), site,
                    null, null, null, true);
            a.newPatient("ZERROUKI");
            try (SyncConnector connector = a.connect()) {
                a.sync().synchronise(connector);
                a.newPatient("YAHIAOUI");
                a.newPatient("XAVIER");
                proxy.dropNextReply();
                assertThrows(SyncException.class, () -> a.sync().synchronise(connector));
            }
            SyncReport retry = a.synchronise();
            assertEquals(2, retry.pushed(), "both answered DUPLICATE and acknowledged");
            assertEquals(0, a.waiting());
            assertEquals(3, hub.ledgerRows(site, "patient", "appointment"));
            a.assertSameAsHub(hub, "patient");
        }
    }

    @Test
    void aPullCutOffBeforeItsReplyAppliesNothingAndTheNextPullGetsEverything() throws Exception {
        TestHub hub = HubTestServer.newHub();
        String site = hub.newSite("coupe");
        Path dirA = temp.resolve("writer");
        Path dirB = temp.resolve("reader");
        Desk.createStore(dirA);
        Desk.copyStore(dirA, dirB);
        try (TcpFaultProxy proxy = new TcpFaultProxy(hub.port());
             Desk a = Desk.openPublished(dirA, hub, site, Clock.systemUTC());
             Desk b = Desk.openPublished(dirB, hub, site, Clock.systemUTC())) {
            b.sync().settings().renewWorkstationId();
            b.sync().settings().configure(hub.jdbcUrl(proxy.port()), site,
                    null, null, null, true);
            var patient = a.newPatient("MANSOURI");
            for (int hour = 9; hour < 12; hour++) {
                a.book(patient.id(), Desk.nextSundayAt(0, LocalTime.of(hour, 0)), null);
            }
            a.synchronise();
            try (SyncConnector connector = b.connect()) {
                b.sync().synchronise(connector); // opens the connection: nothing to push, everything pulled
            }
            a.newPatient("NOUVEAU");
            a.synchronise();
            try (SyncConnector connector = b.connect()) {
                b.sync().engine().pull(connector, SyncProgress.NONE, new HashSet<>()); // opens the connection
                var cursorBefore = b.sync().engine().cursor();
                java.util.UUID late = a.newPatient("ENCORE").id();
                a.synchronise();
                proxy.dropNextReply();
                assertThrows(SyncException.class, () -> b.sync().engine().pull(connector, SyncProgress.NONE,
                        new HashSet<>()));
                assertEquals(cursorBefore, b.sync().engine().cursor(), "the cursor did not move");
                assertTrue(!b.localState("patient").containsKey(late), "nothing applied from the cut pull");
            }
            SyncReport healed = b.synchronise();
            assertEquals(1, healed.applied(), "the change whose pull was cut arrives, once");
            b.assertSameAsHub(hub, "patient");
            b.assertSameAsHub(hub, "appointment");
        }
    }
}
