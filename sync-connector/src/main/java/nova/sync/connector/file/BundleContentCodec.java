package nova.sync.connector.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nova.sync.connector.ChangeRecord;
import nova.sync.connector.PushResult;
import nova.sync.connector.PushStatus;
import nova.sync.connector.SyncCursor;
import nova.sync.connector.record.ChangeRecordCodec;

/** Bundle content as gzip-compressed JSON, before encryption. */
final class BundleContentCodec {

    private static final int MAX_PLAINTEXT = 256 * 1024 * 1024;

    private final ObjectMapper mapper;
    private final ChangeRecordCodec records;

    BundleContentCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.records = new ChangeRecordCodec(mapper);
    }

    byte[] encode(BundleContent content) {
        try {
            ObjectNode root = mapper.createObjectNode();
            root.set("changes", mapper.readTree(records.toPushJson(content.changes())));
            ArrayNode cursors = root.putArray("cursors");
            content.cursors().forEach(cursor -> cursors.add(cursor.token()));
            ArrayNode verdicts = root.putArray("verdicts");
            for (PushResult verdict : content.verdicts()) {
                ObjectNode node = verdicts.addObject();
                node.put("k", verdict.idempotencyKey().toString());
                node.put("status", verdict.status().name());
                node.put("version", verdict.hubVersion());
                node.put("seq", verdict.hubSequence());
                node.put("payload", verdict.hubPayload());
                node.put("reason", verdict.reason());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                mapper.writeValue(gzip, root);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BundleContent decode(byte[] compressed) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] json = gzip.readNBytes(MAX_PLAINTEXT);
            JsonNode root = mapper.readTree(json);
            List<ChangeRecord> changes = records.read(new ByteArrayInputStream(
                    mapper.writeValueAsBytes(root.path("changes"))));
            List<SyncCursor> cursors = new ArrayList<>();
            root.path("cursors").forEach(node -> cursors.add(SyncCursor.parse(node.asText())));
            List<PushResult> verdicts = new ArrayList<>();
            for (JsonNode node : root.path("verdicts")) {
                verdicts.add(new PushResult(UUID.fromString(node.path("k").asText()),
                        PushStatus.valueOf(node.path("status").asText()), node.path("version").asLong(),
                        node.path("seq").asLong(), node.hasNonNull("payload") ? node.get("payload").asText() : null,
                        node.hasNonNull("reason") ? node.get("reason").asText() : null));
            }
            return new BundleContent(changes, cursors, verdicts);
        } catch (IOException | RuntimeException e) {
            throw new BundleException("Contenu du fichier de synchronisation illisible : rien n'a été importé.", e);
        }
    }
}
