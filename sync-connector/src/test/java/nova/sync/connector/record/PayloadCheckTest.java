package nova.sync.connector.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import org.junit.jupiter.api.Test;

class PayloadCheckTest {

    private final PayloadCheck check = new PayloadCheck(new ObjectMapper());

    private Optional<String> problemWith(Operation operation, String payload) {
        return check.problemWith(ChangeRecord.outgoing("patient", UUID.randomUUID(), operation, payload, 0,
                UUID.randomUUID(), "site-a", "P1"));
    }

    @Test
    void anObjectPasses() {
        assertEquals(Optional.empty(), problemWith(Operation.UPSERT, "{\"nom\":\"Traoré\",\"a\":[1,{\"b\":null}]}"));
        assertEquals(Optional.empty(), problemWith(Operation.UPSERT, "  {}  "));
    }

    @Test
    void aDeleteNeedsNoPayload() {
        assertEquals(Optional.empty(), problemWith(Operation.DELETE, null));
    }

    @Test
    void anythingButOneObjectIsRefusedWithItsReason() {
        String notObject = "Le contenu de la modification n'est pas un objet JSON.";
        String invalid = "Le contenu de la modification n'est pas du JSON valide.";
        assertEquals(Optional.of(notObject), problemWith(Operation.UPSERT, "[1, 2]"));
        assertEquals(Optional.of(notObject), problemWith(Operation.UPSERT, "\"texte\""));
        assertEquals(Optional.of(notObject), problemWith(Operation.UPSERT, ""));
        assertEquals(Optional.of(invalid), problemWith(Operation.UPSERT, "{\"nom\":"));
        assertEquals(Optional.of(invalid), problemWith(Operation.UPSERT, "{\"nom\":1} {\"x\":2}"));
        assertEquals(Optional.of(invalid), problemWith(Operation.UPSERT, "{\"nom\":1},{\"x\":2}"));
    }
}
