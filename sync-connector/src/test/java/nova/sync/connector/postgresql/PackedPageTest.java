package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PullPage;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.record.WireIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a packed pull page (decision 0185) without a hub: what it rebuilds, and what it refuses. */
class PackedPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = WireIds.encode(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static final String KEY = WireIds.encode(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    private static final String SHAPES = "{\"s\":[[\"consultation\", \"actes\", \"notes\"],[\"patient\",\"nom\",\"prenom\"]],"
            + "\"w\":[\"8d1e3c52-0b7a-4f55-9a35-0c2f5b0e8d11\"]}";

    private final HubPull pull = new HubPull(JSON, "site-a");
    private final OwnChanges.Snapshot nothingOwn = new OwnChanges.Snapshot("P1", Map.of());

    @Test
    void rebuildsPayloadsFromShapesExactly() throws Exception {
        String page = "[\"900\",7,[1,\"" + ID + "\",2,\"" + KEY + "\",0,\"عائشة\",\"Aïcha \\\"la\\\" grande\"],"
                + "[0,\"" + ID + "\",1,\"" + KEY + "\",null,[{\"code\": \"D01\", \"dents\": [11, 12]}],null],"
                + "\"901\",9,[\"referral\",\"" + ID + "\",{\"motif\": \"Échographie\"},1,\"" + KEY + "\",\"P2\",\"D\",\"site-b\",\"site-c\"]]";
        PullPage read = pull.read(950, SHAPES, page, SyncCursor.START, 10, nothingOwn);
        List<ChangeRecord> changes = read.changes();
        assertEquals(3, changes.size());
        ChangeRecord patient = changes.get(0);
        assertEquals("patient", patient.entity());
        assertEquals(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), patient.id());
        assertEquals(Operation.UPSERT, patient.operation());
        assertEquals(1, patient.baseVersion());
        assertEquals(2, patient.hubVersion());
        assertEquals("8d1e3c52-0b7a-4f55-9a35-0c2f5b0e8d11", patient.originWorkstation());
        assertEquals("site-a", patient.siteId());
        assertEquals(JSON.readTree("{\"nom\":\"عائشة\",\"prenom\":\"Aïcha \\\"la\\\" grande\"}"), JSON.readTree(patient.payload()));
        ChangeRecord consultation = changes.get(1);
        assertEquals("consultation", consultation.entity());
        assertEquals(null, consultation.originWorkstation());
        assertEquals(JSON.readTree("{\"actes\":[{\"code\":\"D01\",\"dents\":[11,12]}],\"notes\":null}"),
                JSON.readTree(consultation.payload()));
        assertEquals(new SyncCursor(900, 8), read.positions().get(1), "txid carried over from the previous row");
        assertEquals(new SyncCursor(901, 9), read.positions().get(2));
        ChangeRecord referral = changes.get(2);
        assertEquals(Operation.DELETE, referral.operation());
        assertEquals("site-b", referral.siteId());
        assertEquals("site-c", referral.targetSiteId());
    }

    @Test
    void ownChangesAndGapsInSequenceNumbers() throws Exception {
        ChangeRecord mine = new ChangeRecord("patient", UUID.randomUUID(), Operation.UPSERT, "{\"nom\":\"Keïta\"}", 0,
                UUID.randomUUID(), "site-a", null, "P1", 12, 1);
        OwnChanges.Snapshot own = new OwnChanges.Snapshot("P1", Map.of(12L, mine));
        String page = "[\"900\",11,[1,\"" + ID + "\",1,\"" + KEY + "\",0,\"a\",\"b\"],[],\"905\",3,[]]";
        SQLException unknown = assertThrows(SQLException.class,
                () -> pull.read(950, SHAPES, page, SyncCursor.START, 10, own), "seq 3 is not held");
        assertTrue(unknown.getCause().getMessage().contains("3"), unknown.getCause().getMessage());

        PullPage read = pull.read(950, SHAPES, page.replace(",3,[]]", ",30,[1,\"" + ID + "\",1,\"" + KEY + "\",0,\"c\",\"d\"]]"),
                SyncCursor.START, 10, own);
        assertEquals(List.of(new SyncCursor(900, 11), new SyncCursor(900, 12), new SyncCursor(905, 30)), read.positions());
        assertEquals(mine, read.changes().get(1));
        assertEquals(12, read.changes().get(1).hubSequence());
    }

    @Test
    void aFullPageSaysThereIsMore() throws Exception {
        String row = "[1,\"" + ID + "\",1,\"" + KEY + "\",0,\"a\",\"b\"]";
        PullPage read = pull.read(950, SHAPES, "[\"900\",5," + row + "," + row + "," + row + "]", SyncCursor.START, 2, nothingOwn);
        assertEquals(2, read.changes().size());
        assertTrue(read.hasMore());
        assertEquals(new SyncCursor(900, 6), read.nextCursor());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown shape       | " + SHAPES + " | [\"900\",7,[5,\"ID\",1,\"KEY\",0,\"a\",\"b\"]]",
            "negative shape      | " + SHAPES + " | [\"900\",7,[-1,\"ID\",1,\"KEY\",0,\"a\",\"b\"]]",
            "unknown workstation | " + SHAPES + " | [\"900\",7,[1,\"ID\",1,\"KEY\",1,\"a\",\"b\"]]",
            "too few values      | " + SHAPES + " | [\"900\",7,[1,\"ID\",1,\"KEY\",0,\"a\"]]",
            "too many values     | " + SHAPES + " | [\"900\",7,[1,\"ID\",1,\"KEY\",0,\"a\",\"b\",\"c\"]]",
            "version not number  | " + SHAPES + " | [\"900\",7,[1,\"ID\",\"x\",\"KEY\",0,\"a\",\"b\"]]",
            "bad id              | " + SHAPES + " | [\"900\",7,[1,\"not-an-id\",1,\"KEY\",0,\"a\",\"b\"]]",
            "id a number         | " + SHAPES + " | [\"900\",7,[1,12,1,\"KEY\",0,\"a\",\"b\"]]",
            "payload not object  | " + SHAPES + " | [\"900\",7,[\"patient\",\"ID\",[1],1,\"KEY\",\"P2\",null,null,null]]",
            "page not a list     | " + SHAPES + " | {\"a\":1}",
            "row not a list      | " + SHAPES + " | [\"900\",7,{}]",
            "truncated page      | " + SHAPES + " | [\"900\",7,[1,\"ID\",1,\"KEY\",0,\"a\",",
            "bad transaction id  | " + SHAPES + " | [\"x\",[7,1,\"ID\",1,\"KEY\",0,\"a\",\"b\"]]",
            "no transaction id   | " + SHAPES + " | [7,[1,\"ID\",1,\"KEY\",0,\"a\",\"b\"]]",
            "no sequence number  | " + SHAPES + " | [\"900\",[1,\"ID\",1,\"KEY\",0,\"a\",\"b\"]]",
            "dictionary a list   | [[\"patient\",\"nom\"]] | [\"900\",7,[0,\"ID\",1,\"KEY\",null,\"a\"]]",
            "shape key a number  | {\"s\":[[\"patient\",1]],\"w\":[]} | [\"900\",7,[0,\"ID\",1,\"KEY\",null,\"a\"]]",
            "empty shape         | {\"s\":[[]],\"w\":[]} | [\"900\",7,[0,\"ID\",1,\"KEY\",null]]",
            "unknown own change  | " + SHAPES + " | [\"900\",7,[]]"})
    void refusesWhatTheHubDoesNotWrite(String what, String shapes, String page) {
        String text = page.replace("\"ID\"", "\"" + ID + "\"").replace("\"KEY\"", "\"" + KEY + "\"");
        SQLException refused = assertThrows(SQLException.class,
                () -> pull.read(950, shapes.strip(), text.strip(), SyncCursor.START, 10, nothingOwn), what);
        assertTrue(refused.getMessage().contains("unreadable pull page"), refused.getMessage());
    }
}
