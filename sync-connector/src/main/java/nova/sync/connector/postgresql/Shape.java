package nova.sync.connector.postgresql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * One {@code [entity, key, ...]} of a packed pull page (decision 0185): the keys of the payloads of that entity
 * kind that have exactly these keys, in the order their values follow in a row.
 */
record Shape(String entity, List<String> keys) {

    /**
     * Reads this shape's values from the row (the parser just before the first one) up to the row's end, and
     * writes them back as the payload object; each value's text is cut out of the page as it is.
     */
    String payload(JsonParser parser, String page, JsonFactory factory) throws IOException {
        StringWriter out = new StringWriter(64 + 24 * keys.size());
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            for (String key : keys) {
                JsonToken token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    throw new IOException("pull row has fewer values than its shape has keys");
                }
                json.writeFieldName(key);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    int from = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    json.writeRawValue(page.substring(from, (int) parser.currentLocation().getCharOffset()));
                } else if (token == JsonToken.VALUE_STRING) {
                    json.writeString(parser.getText());
                } else if (token.isScalarValue()) {
                    json.writeRawValue(parser.getText());
                } else {
                    throw new IOException("unexpected value in pull row");
                }
            }
            json.writeEndObject();
        }
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new IOException("pull row has more values than its shape has keys");
        }
        return out.toString();
    }
}
