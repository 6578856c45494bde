package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.support.Changes;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TcpFaultProxy;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The push wire follows the link (decision 0186): a session that opens fast pushes items, one that opens slowly
 * pushes packed, and the hub stores and answers the same either way.
 */
class HubWireChoiceTest {

    private static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aFastSessionPushesItemsAndASlowOnePacked() throws Exception {
        String site = hub.newSite("wire");
        List<ChangeRecord> fast = Changes.newPatients(site, "P1", 30);
        List<ChangeRecord> slow = Changes.newPatients(site, "P2", 30);
        // 240 ms round trips: the five of opening a session take 1.2 s, over the second of a slow link.
        try (TcpFaultProxy link = new TcpFaultProxy(hub.port()).oneWayDelay(120);
                PostgresSyncConnector lan = hub.connect(site, "P1");
                PostgresSyncConnector wan = hub.connectVia(link.port(), site, "P2")) {
            List<PushResult> overLan = lan.push(fast);
            List<PushResult> overWan = wan.push(slow);

            assertEquals(HubWire.ITEMS, lan.sessionWire(), "loopback session");
            assertEquals(HubWire.SEALED, wan.sessionWire(), "session over a 240 ms round trip");
            assertTrue(overLan.stream().allMatch(r -> r.status() == PushStatus.APPLIED), overLan.toString());
            assertTrue(overWan.stream().allMatch(r -> r.status() == PushStatus.APPLIED), overWan.toString());
            assertEquals(List.of(1L), overLan.stream().map(PushResult::hubVersion).distinct().toList());
            assertEquals(List.of(1L), overWan.stream().map(PushResult::hubVersion).distinct().toList());
            // Pushed again (a lost reply), each wire gets the same duplicates back.
            assertTrue(lan.push(fast).stream().allMatch(r -> r.status() == PushStatus.DUPLICATE));
            assertTrue(wan.push(slow).stream().allMatch(r -> r.status() == PushStatus.DUPLICATE));
        }
        try (PostgresSyncConnector reader = hub.connect(site, "P3")) {
            assertEquals(60, reader.pull(SyncCursor.START, 1_000).changes().size());
        }
    }
}
