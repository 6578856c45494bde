package nova.sync.connector.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.postgresql.PostgresSyncConnector;
import nova.sync.connector.support.HubTestServer;
import nova.sync.connector.support.TestHub;
import org.junit.jupiter.api.Test;

/** The clinic's reference data kinds (hub V4): accepted, each in its own partition, under the same per-site RLS. */
class EntityKindSchemaTest {

    private static final List<String> REFERENCE_KINDS = List.of("clinic", "practitioner", "chair", "care_type",
            "closing_period", "blockout", "waitlist_entry");

    @Test
    void everyKindHasAPartitionWithRowLevelSecurityForcedAndItsThreePolicies() {
        TestHub hub = HubTestServer.newHub();
        assertEquals(REFERENCE_KINDS.size(), hub.adminCount("SELECT count(*) FROM nova_hub.entity_kind"
                + " WHERE NOT addressable AND entity IN ('" + String.join("','", REFERENCE_KINDS) + "')"));
        assertEquals(0, hub.adminCount("SELECT count(*) FROM nova_hub.entity_kind k WHERE NOT EXISTS ("
                + " SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE i.inhparent = 'nova_hub.entity_state'::regclass AND c.relname = k.entity"
                + " AND c.relrowsecurity AND c.relforcerowsecurity"
                + " AND (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) = 3)"));
    }

    @Test
    void aSitePushesAndPullsReferenceDataAndAnotherSiteNeverSeesIt() {
        TestHub hub = HubTestServer.newHub();
        String kati = hub.newSite("kati");
        String segou = hub.newSite("segou");
        UUID practitioner = UUID.randomUUID();
        ChangeRecord change = ChangeRecord.outgoing("practitioner", practitioner, Operation.UPSERT,
                "{\"display_name\":\"Dr Awa KONÉ\",\"position\":3,\"active\":true}", 0, UUID.randomUUID(), kati, "P1");
        try (PostgresSyncConnector first = hub.connect(kati, "P1")) {
            assertEquals(PushStatus.APPLIED, first.push(List.of(change)).getFirst().status());
            assertEquals(PushStatus.DUPLICATE, first.push(List.of(change)).getFirst().status(), "a replay");
        }
        try (PostgresSyncConnector second = hub.connect(kati, "P2");
             PostgresSyncConnector other = hub.connect(segou, "S1")) {
            assertTrue(second.pull(SyncCursor.START, 100).changes().stream()
                    .anyMatch(c -> c.id().equals(practitioner) && c.entity().equals("practitioner")));
            assertTrue(other.pull(SyncCursor.START, 100).changes().isEmpty(), "another site sees nothing");
        }
        assertEquals(1, hub.adminCount("SELECT count(*) FROM nova_hub.practitioner WHERE id = '" + practitioner + "'"));
    }
}
