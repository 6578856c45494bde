package nova.assistant.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import org.junit.jupiter.api.Test;

class ActionSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectNode schema = new ActionSchema(mapper).forContext(AssistantFixtures.algiers());

    /** Every nested value set, so that the serializer writes every object. */
    private AssistantAction fullAction() {
        return new AssistantAction(ActionType.RESCHEDULE, "a", "Africa/Algiers",
                new AssistantAction.Patient("n", "+213555123456", "e@x.dz", "p1"), "soin",
                new AssistantAction.Slot("2026-11-26T10:00:00+01:00", "2026-11-26T10:30:00+01:00", 30),
                new AssistantAction.Window("2026-11-26T08:00:00+01:00", "2026-11-26T12:00:00+01:00", "08:00", "12:00"),
                new AssistantAction.Original("2026-11-25T14:00:00+01:00", "2026-11-25T14:01:00+01:00"),
                List.of("x"), "q", "local");
    }

    @Test
    void propertyNamesAreTheSerializedKeysAtEveryLevel() {
        JsonNode serialized = mapper.valueToTree(fullAction());
        assertSameKeys(serialized, schema, "$");
    }

    private void assertSameKeys(JsonNode value, JsonNode schemaNode, String path) {
        JsonNode objectSchema = objectBranch(schemaNode);
        List<String> valueKeys = new ArrayList<>();
        value.fieldNames().forEachRemaining(valueKeys::add);
        List<String> schemaKeys = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(schemaKeys::add);
        assertEquals(valueKeys, schemaKeys, "keys at " + path);
        for (String key : valueKeys) {
            if (value.get(key).isObject()) {
                assertSameKeys(value.get(key), objectSchema.get("properties").get(key), path + "." + key);
            }
        }
    }

    private static JsonNode objectBranch(JsonNode schemaNode) {
        if (schemaNode.has("anyOf")) {
            for (JsonNode option : schemaNode.get("anyOf")) {
                if ("object".equals(option.path("type").asText())) {
                    return option;
                }
            }
        }
        return schemaNode;
    }

    @Test
    void everyObjectIsClosedAndRequiresAllItsProperties() {
        List<JsonNode> objects = new ArrayList<>();
        collectObjects(schema, objects);
        assertEquals(5, objects.size(), "action, patient, slot, window, original");
        for (JsonNode object : objects) {
            assertFalse(object.get("additionalProperties").asBoolean());
            List<String> names = new ArrayList<>();
            object.get("properties").fieldNames().forEachRemaining(names::add);
            List<String> required = new ArrayList<>();
            object.get("required").forEach(n -> required.add(n.asText()));
            assertEquals(names, required);
        }
    }

    private static void collectObjects(JsonNode node, List<JsonNode> out) {
        if ("object".equals(node.path("type").asText())) {
            out.add(node);
        }
        node.forEach(child -> {
            if (child.isContainerNode()) {
                collectObjects(child, out);
            }
        });
    }

    @Test
    void enumsComeFromTheRecordAndCareTypesFromTheClinic() {
        JsonNode properties = schema.get("properties");
        assertEquals(mapper.valueToTree(List.of("FIND_SLOTS", "CREATE", "RESCHEDULE", "CANCEL", "CONFIRMATION",
                "NEED_INFO")), properties.at("/action/enum"));
        assertEquals("string", properties.at("/action/type").asText());
        JsonNode careType = properties.get("care_type");
        assertEquals(mapper.valueToTree(AssistantFixtures.CARE_TYPES), careType.at("/anyOf/0/enum"));
        assertEquals("null", careType.at("/anyOf/1/type").asText());

        JsonNode mali = new ActionSchema(mapper).forContext(AssistantFixtures.bamako()).get("properties");
        assertEquals(mapper.valueToTree(List.of("consultation", "vaccination")), mali.at("/care_type/anyOf/0/enum"));
    }

    @Test
    void aClinicWithoutCareTypesOnlyAllowsNull() {
        ObjectNode none = new ActionSchema(mapper).generate(AssistantAction.class, java.util.Map.of("care_type", List.of()));
        assertEquals("null", none.at("/properties/care_type/type").asText());
        assertTrue(none.get("required").toString().contains("care_type"));
    }

    @Test
    void nullabilityFollowsTheRecord() {
        JsonNode properties = schema.get("properties");
        assertEquals("string", properties.at("/clinic_address/type").asText());
        assertEquals(mapper.valueToTree(List.of("string", "null")), properties.at("/question_fr/type"));
        assertEquals("null", properties.at("/patient/anyOf/1/type").asText());
        assertEquals(mapper.valueToTree(List.of("string", "null")),
                properties.at("/patient/anyOf/0/properties/phone_e164/type"));
        assertEquals("string", properties.at("/slot/anyOf/0/properties/start_iso/type").asText());
        assertEquals("integer", properties.at("/slot/anyOf/0/properties/duration_minutes/type").asText());
        assertEquals(mapper.valueToTree(List.of("string", "null")),
                properties.at("/window/anyOf/0/properties/daily_start/type"));
        assertEquals("array", properties.at("/missing/type").asText());
        assertEquals("string", properties.at("/missing/items/type").asText());
    }

    @Test
    void noKeywordOutsideTheStrictSubset() {
        String text = schema.toString();
        for (String keyword : List.of("minimum", "maximum", "minLength", "maxLength", "pattern", "$ref", "oneOf")) {
            assertFalse(text.contains("\"" + keyword + "\""), keyword);
        }
        assertTrue(text.contains("\"additionalProperties\":false"));
    }
}
