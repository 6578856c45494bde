package nova.assistant.service;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantContext;

/**
 * The JSON Schema of {@link AssistantAction}, derived from the record through Jackson's own view of it (the same
 * names, order and {@code required} flags the serializer uses), in the subset a strict Claude tool accepts: every
 * property required, {@code additionalProperties: false}, nullable values as {@code ["string","null"]} or
 * {@code anyOf [..., {"type":"null"}]}, no numeric or length constraints. See docs/decisions/0030.
 */
public final class ActionSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;

    public ActionSchema(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The action's schema with {@code care_type} limited to the clinic's codes. */
    public ObjectNode forContext(AssistantContext context) {
        return generate(AssistantAction.class, Map.of("care_type", context.careTypeCodes()));
    }

    /**
     * The schema of a record type. {@code stringEnums} maps a dotted JSON path ("care_type", "patient.name") to
     * the values a string there may take, for vocabularies known only at run time.
     */
    public ObjectNode generate(Class<?> type, Map<String, List<String>> stringEnums) {
        return objectSchema(mapper.constructType(type), "", stringEnums);
    }

    private ObjectNode objectSchema(JavaType type, String path, Map<String, List<String>> stringEnums) {
        BeanDescription description = mapper.getSerializationConfig().introspect(type);
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            String name = property.getName();
            String childPath = path.isEmpty() ? name : path + "." + name;
            boolean nullable = !property.getMetadata().isRequired() && !property.getPrimaryType().isPrimitive();
            required.add(name);
            if (nullable && List.of().equals(stringEnums.get(childPath))) {
                // An empty vocabulary (a clinic without care types): null is the only value; "enum": [] is invalid.
                properties.putObject(name).put("type", "null");
                continue;
            }
            ObjectNode valueSchema = valueSchema(property.getPrimaryType(), childPath, stringEnums);
            String text = property.getMetadata().getDescription();
            properties.set(name, nullable ? nullable(valueSchema) : valueSchema);
            if (text != null && !text.isBlank()) {
                ((ObjectNode) properties.get(name)).put("description", text);
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode valueSchema(JavaType type, String path, Map<String, List<String>> stringEnums) {
        Class<?> raw = type.getRawClass();
        ObjectNode schema = NODES.objectNode();
        if (raw == String.class) {
            schema.put("type", "string");
            List<String> values = stringEnums.get(path);
            if (values != null) {
                enumValues(schema, values);
            }
        } else if (raw.isEnum()) {
            schema.put("type", "string");
            enumValues(schema, java.util.Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            schema.put("type", "integer");
        } else if (raw == double.class || raw == Double.class) {
            schema.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (Collection.class.isAssignableFrom(raw)) {
            schema.put("type", "array");
            schema.set("items", valueSchema(type.getContentType(), path + "[]", stringEnums));
        } else if (raw.isRecord()) {
            return objectSchema(type, path, stringEnums);
        } else {
            throw new IllegalArgumentException("No schema mapping for " + raw.getName() + " at " + path);
        }
        return schema;
    }

    private static void enumValues(ObjectNode schema, List<String> values) {
        ArrayNode array = schema.putArray("enum");
        values.forEach(array::add);
    }

    /** A plain type becomes a type array; an enum or an object becomes an anyOf with null. */
    private static ObjectNode nullable(ObjectNode schema) {
        boolean plain = schema.size() == 1 && schema.get("type").isTextual();
        if (plain) {
            ObjectNode result = NODES.objectNode();
            result.putArray("type").add(schema.get("type").asText()).add("null");
            return result;
        }
        ObjectNode result = NODES.objectNode();
        ArrayNode anyOf = result.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return result;
    }
}
