package nova.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nova.assistant.service.time.FrenchTimeParser;
import nova.assistant.service.time.TimeReference;

/**
 * Scores {@link FrenchTimeParser} against the French Duckling corpus (test resource
 * {@code assistant/duckling-fr-time.jsonl}): a line passes when kind, grain, start and end are all exactly equal.
 * Run from the repository root (the exec plugin is not needed):
 * <pre>
 * mvn -o -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd app &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" nova.assistant.bench.DucklingScore
 * </pre>
 * The same command runs {@link LabelledSetScore} and {@link LatencyBenchmark}.
 */
public final class DucklingScore {

    public record Failure(String id, String text, String expected, String actual) {
    }

    public record Result(int total, List<Failure> failures) {
        public double score() {
            return total == 0 ? 0 : (total - failures.size()) / (double) total;
        }
    }

    private DucklingScore() {
    }

    public static Result run() {
        ObjectMapper json = new ObjectMapper();
        FrenchTimeParser parser = new FrenchTimeParser();
        List<Failure> failures = new ArrayList<>();
        int total = 0;
        try (InputStream in = DucklingScore.class.getResourceAsStream("/assistant/duckling-fr-time.jsonl")) {
            Objects.requireNonNull(in, "test resource assistant/duckling-fr-time.jsonl is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                total++;
                ZonedDateTime ref = ZonedDateTime.parse(row.get("ref").asText())
                        .withZoneSameInstant(ZoneId.of(row.get("zone").asText()));
                TimeReference expected = new TimeReference(row.get("kind").asText(), text(row, "grain"),
                        text(row, "start"), text(row, "end"));
                TimeReference actual = parser.when(row.get("text").asText(), ref);
                if (!expected.equals(actual)) {
                    failures.add(new Failure(row.get("id").asText(), row.get("text").asText(),
                            json.writeValueAsString(expected), json.writeValueAsString(actual)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(total, failures);
    }

    private static String text(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    public static void main(String[] args) {
        Result result = run();
        for (Failure f : result.failures()) {
            System.out.println(f.id() + "  " + f.text() + "\n    attendu : " + f.expected() + "\n    obtenu  : "
                    + f.actual());
        }
        System.out.printf("Duckling FR : %d/%d exacts (%.1f %%)%n", result.total() - result.failures().size(),
                result.total(), 100 * result.score());
    }
}
