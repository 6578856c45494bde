package nova.sync.connector.postgresql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.Operation;
import nova.sync.connector.record.ChangeRecordCodec;

/**
 * The items form of a push for {@code push_changes(items, defaults)}: the fields most changes share (entity of the
 * first, upsert, base version 0, this site and workstation) once in the defaults, each change with only what
 * differs (decisions 0041, 0045).
 */
final class ItemsBatch {

    private final JsonFactory factory;

    ItemsBatch(JsonFactory factory) {
        this.factory = factory;
    }

    String items(List<ChangeRecord> batch, String siteId, String workstationId) {
        String entity = batch.isEmpty() ? null : batch.getFirst().entity();
        StringWriter out = new StringWriter(batch.size() * 180);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartArray();
            for (ChangeRecord change : batch) {
                ChangeRecordCodec.writeCompactItem(json, change, entity, siteId, workstationId);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    String defaults(List<ChangeRecord> batch, String siteId, String workstationId) {
        StringWriter out = new StringWriter(96);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            if (!batch.isEmpty()) {
                json.writeStringField("e", batch.getFirst().entity());
            }
            json.writeStringField("o", Operation.UPSERT.name());
            json.writeNumberField("b", 0);
            json.writeStringField("s", siteId);
            if (workstationId != null) {
                json.writeStringField("w", workstationId);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
