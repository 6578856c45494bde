package nova.sync.connector.postgresql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.record.ChangeRecordCodec;
import nova.sync.connector.record.WireIds;

/**
 * The packed push form that the hub's {@code push_packed} reads (decision 0185): a payload's keys travel once per
 * batch for each entity kind and key set (a shape, {@code [entity, key, ...]}), and each upsert as
 * {@code [key, id, base version, shape, value, ...]}. Keys repeated in every row were about a third of a push.
 * Changes that do not fit a row (deletes, changes addressed to another site, another site's or workstation's
 * changes, payloads with a repeated key) travel as the compact item objects of {@link ChangeRecordCodec}.
 * Values are copied as they were written: numbers keep their digits, strings their characters.
 */
final class PackedBatch {

    private final JsonFactory factory;

    PackedBatch(JsonFactory factory) {
        this.factory = factory;
    }

    String encode(List<ChangeRecord> batch, String siteId, String workstationId) {
        Map<String, Integer> shapeNumbers = new LinkedHashMap<>();
        List<List<String>> shapes = new ArrayList<>();
        StringWriter rowsText = new StringWriter(batch.size() * 120);
        try (JsonGenerator rows = factory.createGenerator(rowsText)) {
            rows.writeStartArray();
            for (ChangeRecord change : batch) {
                Split split = fitsRow(change, siteId, workstationId) ? split(change.payload()) : null;
                if (split == null) {
                    ChangeRecordCodec.writeCompactItem(rows, change, null, siteId, workstationId);
                    continue;
                }
                List<String> shape = new ArrayList<>(split.keys.size() + 1);
                shape.add(change.entity());
                shape.addAll(split.keys);
                Integer number = shapeNumbers.get(String.join("\u0000", shape));
                if (number == null) {
                    number = shapes.size();
                    shapeNumbers.put(String.join("\u0000", shape), number);
                    shapes.add(shape);
                }
                rows.writeStartArray();
                rows.writeString(WireIds.encode(change.idempotencyKey()));
                rows.writeString(WireIds.encode(change.id()));
                rows.writeNumber(change.baseVersion());
                rows.writeNumber(number);
                for (String value : split.values) {
                    rows.writeRawValue(value);
                }
                rows.writeEndArray();
            }
            rows.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter out = new StringWriter(rowsText.getBuffer().length() + 256);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("d");
            json.writeStringField("o", Operation.UPSERT.name());
            json.writeStringField("s", siteId);
            if (workstationId != null) {
                json.writeStringField("w", workstationId);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("s");
            for (List<String> shape : shapes) {
                json.writeStartArray();
                for (String name : shape) {
                    json.writeString(name);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeFieldName("r");
            json.writeRawValue(rowsText.toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What the hub would fill in from the defaults: an upsert of this site and workstation, nobody addressed. */
    private static boolean fitsRow(ChangeRecord change, String siteId, String workstationId) {
        return change.operation() == Operation.UPSERT && change.targetSiteId() == null
                && change.siteId().equals(siteId)
                && (change.originWorkstation() == null || change.originWorkstation().equals(workstationId));
    }

    private record Split(List<String> keys, List<String> values) {
    }

    /** The payload's keys and its values as JSON texts, or null when it is not an object with distinct keys. */
    private Split split(String payload) {
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (JsonParser parser = factory.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (!seen.add(key)) {
                    return null;
                }
                keys.add(key);
                values.add(valueText(parser, payload));
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return new Split(keys, values);
    }

    private static String valueText(JsonParser parser, String payload) throws IOException {
        JsonToken token = parser.nextToken();
        return switch (token) {
            case START_OBJECT, START_ARRAY -> {
                int from = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                yield payload.substring(from, (int) parser.currentLocation().getCharOffset());
            }
            case VALUE_STRING -> '"' + new String(JsonStringEncoder.getInstance().quoteAsString(parser.getText())) + '"';
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> parser.getText();
            default -> throw new IOException("unexpected " + token);
        };
    }
}
