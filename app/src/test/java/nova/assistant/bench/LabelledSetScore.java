package nova.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantContext;
import nova.assistant.domain.AssistantEngine;
import nova.assistant.service.DefaultAssistantContexts;
import nova.assistant.service.LocalFrenchEngine;

/**
 * Scores an engine on the hand-labelled receptionist requests (test resource
 * {@code assistant/labelled-requests.jsonl}). A request is fully right when every expected field (action, patient
 * name and phone, care type, slot, window, original, missing) equals the engine's.
 * Run like {@link DucklingScore} with the main class {@code nova.assistant.bench.LabelledSetScore}.
 */
public final class LabelledSetScore {

    /** One labelled request, with the context it is read in. */
    public record Labelled(String id, String text, AssistantContext context, JsonNode expected) {
    }

    public record Failure(String id, String text, List<String> differences) {
    }

    public record Result(int total, List<Failure> failures) {
        public double score() {
            return total == 0 ? 0 : (total - failures.size()) / (double) total;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledSetScore() {
    }

    public static List<Labelled> load() {
        List<Labelled> rows = new ArrayList<>();
        try (InputStream in = LabelledSetScore.class.getResourceAsStream("/assistant/labelled-requests.jsonl")) {
            Objects.requireNonNull(in, "test resource assistant/labelled-requests.jsonl is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                ZoneId zone = ZoneId.of(row.get("zone").asText());
                ZonedDateTime now = OffsetDateTime.parse(row.get("now").asText()).atZoneSameInstant(zone);
                rows.add(new Labelled(row.get("id").asText(), row.get("text").asText(),
                        DefaultAssistantContexts.forZone(zone, now.toInstant()), row.get("expected")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static Result run(AssistantEngine engine) {
        List<Labelled> rows = load();
        List<Failure> failures = new ArrayList<>();
        for (Labelled row : rows) {
            AssistantAction action = engine.parse(row.text(), row.context());
            List<String> differences = differences(row.expected(), JSON.valueToTree(action));
            if (!differences.isEmpty()) {
                failures.add(new Failure(row.id(), row.text(), differences));
            }
        }
        return new Result(rows.size(), failures);
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode want = field.getValue();
            JsonNode got = actual.path(field.getKey());
            if (field.getKey().equals("patient") && !want.isNull() && got.isObject()) {
                got = JSON.createObjectNode().set("name", got.get("name"));
                ((com.fasterxml.jackson.databind.node.ObjectNode) got).set("phone_e164", actual.path("patient").get("phone_e164"));
            }
            if (!want.equals(got)) {
                out.add(field.getKey() + " attendu " + want + " obtenu " + got);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        Result result = run(new LocalFrenchEngine());
        for (Failure f : result.failures()) {
            System.out.println(f.id() + "  " + f.text());
            f.differences().forEach(d -> System.out.println("    " + d));
        }
        System.out.printf("Demandes étiquetées : %d/%d entièrement justes (%.1f %%)%n",
                result.total() - result.failures().size(), result.total(), 100 * result.score());
    }
}
