package nova.sync.connector.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.support.Changes;
import org.junit.jupiter.api.Test;

/** The packed push form (decision 0185) as the connector writes it, before any hub reads it. */
class PackedBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PackedBatch packed = new PackedBatch(JSON.getFactory());

    @Test
    void keysTravelOncePerShapeAndValuesAsWritten() throws Exception {
        List<ChangeRecord> batch = new ArrayList<>(Changes.newPatients("site-a", "P1", 50));
        batch.add(ChangeRecord.outgoing("consultation", UUID.randomUUID(), Operation.UPSERT,
                "{\"montant\":1500.50,\"actes\":[{\"code\":\"D01\"}],\"notes\":null}", 3, UUID.randomUUID(), "site-a", "P1"));
        String text = packed.encode(batch, "site-a", "P1");

        assertEquals(1, occurrences(text, "\"prenom\""), text);
        assertTrue(text.contains("1500.50"), "numbers keep their digits");
        JsonNode root = JSON.readTree(text);
        assertEquals(2, root.get("s").size());
        assertEquals(51, root.get("r").size());
        JsonNode consultation = root.get("r").get(50);
        assertEquals(3, consultation.get(2).asLong(), "base version");
        assertEquals(JSON.readTree("[\"consultation\",\"montant\",\"actes\",\"notes\"]"),
                root.get("s").get(consultation.get(3).asInt()));
        assertTrue(consultation.get(6).isNull());
    }

    @Test
    void changesThatDoNotFitARowTravelAsObjects() throws Exception {
        ChangeRecord patient = Changes.newPatient("site-a", "P1", 1);
        List<ChangeRecord> batch = List.of(
                new ChangeRecord("patient", patient.id(), Operation.DELETE, null, 2, UUID.randomUUID(), "site-a", null, "P1", 0, 0),
                patient.addressedTo("site-b"),
                ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, "{\"a\":1,\"a\":2}", 0,
                        UUID.randomUUID(), "site-a", "P1"),
                ChangeRecord.outgoing("patient", UUID.randomUUID(), Operation.UPSERT, "{\"a\":1}", 0,
                        UUID.randomUUID(), "site-a", "P9"));
        JsonNode rows = JSON.readTree(packed.encode(batch, "site-a", "P1")).get("r");
        for (JsonNode row : rows) {
            assertTrue(row.isObject(), row.toString());
            assertEquals("patient", row.get("e").asText());
        }
        assertEquals("DELETE", rows.get(0).get("o").asText());
        assertEquals("site-b", rows.get(1).get("t").asText());
        assertEquals("P9", rows.get(3).get("w").asText());
        assertFalse(rows.get(2).has("w"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
