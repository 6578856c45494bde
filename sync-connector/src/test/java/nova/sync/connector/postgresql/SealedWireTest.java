package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * The compressed 2G wire (decision 0217, hub V11): a sync of patients as the workstation writes them carries well
 * under half the packed bytes each way; a message the hub cannot open is refused with nothing applied; a hub not
 * yet upgraded still syncs, uncompressed.
 */
class SealedWireTest {

    private static TestHub hub;

    @BeforeAll
    static void startHub() {
        hub = HubTestServer.newHub();
    }

    @Test
    void aSealedSyncCarriesUnderHalfThePackedBytesEachWay() throws Exception {
        long[] packed = pushAndPullBytes(hub, HubWire.PACKED);
        long[] sealed = pushAndPullBytes(hub, HubWire.SEALED);

        assertTrue(sealed[0] < packed[0] / 2, "push: " + sealed[0] + " bytes sealed, " + packed[0] + " packed");
        assertTrue(sealed[1] < packed[1] / 2, "pull: " + sealed[1] + " bytes sealed, " + packed[1] + " packed");
    }

    /**
     * Bytes up for a push of 100 patients on an open session, and bytes down for the page that brings them to another
     * desk, that desk's first pull (its session's opening included), through a link that counts them.
     */
    private static long[] pushAndPullBytes(TestHub on, HubWire wire) throws Exception {
        String site = on.newSite("sealed-" + wire.name().toLowerCase(java.util.Locale.ROOT));
        List<ChangeRecord> patients = Changes.appPatients(site, "P1", 100, 7);
        try (TcpFaultProxy link = new TcpFaultProxy(on.port());
                PostgresSyncConnector writer = new PostgresSyncConnector(on.jdbcUrl(link.port()),
                        on.credentials(site, "P1"), wire);
                PostgresSyncConnector reader = new PostgresSyncConnector(on.jdbcUrl(link.port()),
                        on.credentials(site, "P2"), wire)) {
            writer.push(Changes.appPatients(site, "P1", 1, 1));

            long up = link.bytesToHub();
            List<PushResult> results = writer.push(patients);
            long pushed = link.bytesToHub() - up;
            // The reader's first pull opens its session: a session's first statement is the one pgjdbc has not
            // described yet, whose bytea result it would take as hexadecimal text.
            long down = link.bytesFromHub();
            List<ChangeRecord> pulled = reader.pull(SyncCursor.START, 500).changes();
            long pulledBytes = link.bytesFromHub() - down;
            List<ChangeRecord> page = pulled.subList(1, pulled.size());

            assertTrue(results.stream().allMatch(r -> r.status() == PushStatus.APPLIED), results.toString());
            assertEquals(patients.stream().map(ChangeRecord::idempotencyKey).toList(),
                    page.stream().map(ChangeRecord::idempotencyKey).toList());
            assertEquals(patients.getLast().payload().length(), page.getLast().payload().length());
            return new long[] {pushed, pulledBytes};
        }
    }

    @Test
    void aMessageTheHubCannotOpenIsRefusedAndNothingApplied() throws Exception {
        String site = on("refused");
        byte[] damaged = SealedText.seal("{\"s\":[],\"r\":[]}");
        damaged[damaged.length - 5] ^= 0x01;
        for (byte[] garbage : List.of("pas un message".getBytes(StandardCharsets.UTF_8), damaged)) {
            try (Connection connection = hub.asSite(site);
                    PreparedStatement statement = connection.prepareStatement("SELECT nova_hub.push_sealed(?)")) {
                statement.setBytes(1, garbage);
                assertThrows(SQLException.class, statement::executeQuery);
            }
        }
        assertEquals(0, hub.ledgerRows(site, "patient"));
    }

    @Test
    void aHubWithoutTheSealedFunctionsStillSyncsUncompressed() throws Exception {
        TestHub old = HubTestServer.newHub();
        try (Connection admin = old.admin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP FUNCTION nova_hub.push_sealed(bytea)");
            statement.execute("DROP FUNCTION nova_hub.pull_sealed(text, bigint, int, text, text, int8[], int8[])");
        }
        String site = old.newSite("before-v11");
        List<ChangeRecord> patients = Changes.appPatients(site, "P1", 20, 3);
        try (PostgresSyncConnector writer = old.connect(site, "P1", HubWire.SEALED);
                PostgresSyncConnector reader = old.connect(site, "P2", HubWire.SEALED)) {
            List<PushResult> results = writer.push(patients);
            assertTrue(results.stream().allMatch(r -> r.status() == PushStatus.APPLIED), results.toString());
            assertEquals(PushStatus.APPLIED, writer.push(Changes.appPatients(site, "P1", 1, 4)).getFirst().status());
            assertEquals(21, reader.pull(SyncCursor.START, 100).changes().size());
        }
    }

    private static String on(String prefix) {
        return hub.newSite(prefix);
    }
}
