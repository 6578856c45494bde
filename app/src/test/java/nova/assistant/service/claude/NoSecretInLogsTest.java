package nova.assistant.service.claude;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import nova.assistant.service.AssistantFixtures;
import nova.assistant.service.AssistantService;
import nova.assistant.service.FixedClaudeSettings;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** NOVA's own logs, even at DEBUG, never carry the API key, the request text or the patient's phone. */
class NoSecretInLogsTest {

    @Test
    void logsNameStatusesAndFieldsNeverSecrets() throws Exception {
        Logger nova = (Logger) LoggerFactory.getLogger("nova");
        Level before = nova.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        nova.addAppender(appender);
        nova.setLevel(Level.DEBUG);
        ObjectMapper mapper = new ObjectMapper();
        String key = "sk-ant-secret-777";
        String text = "RDV jeudi à 10h pour Mme Zerrouki, 0770 98 76 54";
        try (FakeAnthropicServer server = new FakeAnthropicServer()) {
            FixedClaudeSettings settings = new FixedClaudeSettings(true, key, null, server.baseUrl(), null, null, null);
            try (ClaudeEngine claude = new ClaudeEngine(settings,
                    new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10), RandomGenerator.getDefault()),
                    mapper)) {
                AssistantService service = new AssistantService(new AssistantFixtures.CountingLocalEngine(), claude,
                        settings, CircuitBreaker.withDefaults(Clock.systemUTC()));
                server.then(401, FakeAnthropicServer.error("authentication_error", "invalid x-api-key"));
                service.ask(text, AssistantFixtures.algiers(), false);
                server.then(529, FakeAnthropicServer.error("overloaded_error", "Overloaded"));
                ObjectNode bad = AssistantFixtures.createInput(mapper);
                ((ObjectNode) bad.get("patient")).put("name", "Mme Zerrouki");
                bad.put("care_type", "massage");
                server.then(200, FakeAnthropicServer.toolUse(bad));
                service.ask(text, AssistantFixtures.algiers(), false);
            }
        } finally {
            nova.detachAppender(appender);
            nova.setLevel(before);
        }
        assertTrue(appender.list.size() >= 3, "the failures were logged");
        for (ILoggingEvent event : appender.list) {
            String line = event.getFormattedMessage();
            assertFalse(line.contains(key), line);
            assertFalse(line.contains("Zerrouki"), line);
            assertFalse(line.contains("0770") || line.contains("770987654"), line);
        }
    }
}
