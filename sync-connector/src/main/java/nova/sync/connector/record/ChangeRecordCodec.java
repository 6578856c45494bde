package nova.sync.connector.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;

/**
 * The wire and bundle format of change records: a JSON array of compact objects. Payloads are embedded as JSON
 * values, not strings, so the hub stores them as jsonb without a second parse. Field names are one letter
 * because every byte counts on a 2G link.
 */
public final class ChangeRecordCodec {

    private final ObjectMapper mapper;
    private final JsonFactory factory;

    public ChangeRecordCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.factory = mapper.getFactory();
    }

    public ChangeRecordCodec() {
        this(new ObjectMapper());
    }

    /** The push form: what the hub's {@code push_changes} reads. Payloads must have passed {@link PayloadCheck}. */
    public String toPushJson(List<ChangeRecord> changes) {
        StringWriter out = new StringWriter(changes.size() * 256);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartArray();
            for (ChangeRecord change : changes) {
                writeRecord(json, change);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * One change as the compact item object the hub's {@code push_changes} reads with a defaults object: only
     * the fields that differ from the defaults ({@code entity} may be null: the entity is then always written).
     * The packed push (decision 0185) sends the changes that do not fit its rows this way.
     */
    public static void writeCompactItem(JsonGenerator json, ChangeRecord change, String entity, String siteId,
                                        String workstationId) throws IOException {
        json.writeStartObject();
        json.writeStringField("k", WireIds.encode(change.idempotencyKey()));
        if (!change.entity().equals(entity)) {
            json.writeStringField("e", change.entity());
        }
        json.writeStringField("i", WireIds.encode(change.id()));
        if (change.operation() != Operation.UPSERT) {
            json.writeStringField("o", change.operation().name());
        }
        if (change.baseVersion() != 0) {
            json.writeNumberField("b", change.baseVersion());
        }
        if (!change.siteId().equals(siteId)) {
            json.writeStringField("s", change.siteId());
        }
        if (change.targetSiteId() != null) {
            json.writeStringField("t", change.targetSiteId());
        }
        if (change.originWorkstation() != null && !change.originWorkstation().equals(workstationId)) {
            json.writeStringField("w", change.originWorkstation());
        }
        if (change.payload() != null) {
            json.writeFieldName("p");
            json.writeRawValue(change.payload());
        }
        json.writeEndObject();
    }

    public void write(List<ChangeRecord> changes, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartArray();
            for (ChangeRecord change : changes) {
                writeRecord(json, change);
            }
            json.writeEndArray();
        }
    }

    public List<ChangeRecord> read(InputStream in) throws IOException {
        List<ChangeRecord> changes = new ArrayList<>();
        try (JsonParser parser = factory.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("change list is not a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode node = mapper.readTree(parser);
                changes.add(fromNode(node));
            }
        }
        return changes;
    }

    private static void writeRecord(JsonGenerator json, ChangeRecord change) throws IOException {
        json.writeStartObject();
        json.writeStringField("k", change.idempotencyKey().toString());
        json.writeStringField("e", change.entity());
        json.writeStringField("i", change.id().toString());
        json.writeStringField("o", change.operation().name());
        json.writeNumberField("b", change.baseVersion());
        json.writeStringField("s", change.siteId());
        if (change.targetSiteId() != null) {
            json.writeStringField("t", change.targetSiteId());
        }
        if (change.originWorkstation() != null) {
            json.writeStringField("w", change.originWorkstation());
        }
        if (change.hubSequence() > 0) {
            json.writeNumberField("q", change.hubSequence());
            json.writeNumberField("v", change.hubVersion());
        }
        if (change.payload() != null) {
            json.writeFieldName("p");
            json.writeRawValue(change.payload());
        }
        json.writeEndObject();
    }

    private ChangeRecord fromNode(JsonNode node) throws IOException {
        try {
            JsonNode payload = node.get("p");
            return new ChangeRecord(
                    node.path("e").asText(),
                    UUID.fromString(node.path("i").asText()),
                    Operation.valueOf(node.path("o").asText()),
                    payload == null || payload.isNull() ? null : mapper.writeValueAsString(payload),
                    node.path("b").asLong(),
                    UUID.fromString(node.path("k").asText()),
                    node.path("s").asText(),
                    node.hasNonNull("t") ? node.get("t").asText() : null,
                    node.hasNonNull("w") ? node.get("w").asText() : null,
                    node.path("q").asLong(0),
                    node.path("v").asLong(0));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("malformed change record: " + e.getMessage(), e);
        }
    }
}
