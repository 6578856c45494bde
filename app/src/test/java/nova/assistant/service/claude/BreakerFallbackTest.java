package nova.assistant.service.claude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.random.RandomGenerator;
import nova.assistant.service.AssistantFixtures;
import nova.assistant.service.AssistantFixtures.CountingLocalEngine;
import nova.assistant.service.AssistantReply;
import nova.assistant.service.AssistantService;
import nova.assistant.service.FixedClaudeSettings;
import nova.assistant.service.claude.CircuitBreaker.State;
import nova.assistant.service.claude.CircuitBreakerTest.ManualClock;
import org.junit.jupiter.api.Test;

/** The breaker inside the service: after repeated failures Claude is not even asked, until a probe after the cool-down. */
class BreakerFallbackTest {

    @Test
    void repeatedFailuresStopTheCallsUntilAProbeAfterTheCoolDown() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ManualClock clock = new ManualClock();
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
        CountingLocalEngine local = new CountingLocalEngine();
        try (FakeAnthropicServer server = new FakeAnthropicServer()) {
            FixedClaudeSettings settings = new FixedClaudeSettings(true, "sk-ant-test", null, server.baseUrl(), null,
                    null, null);
            RetryPolicy noRetry = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, RandomGenerator.getDefault());
            try (ClaudeEngine claude = new ClaudeEngine(settings, noRetry, mapper)) {
                AssistantService service = new AssistantService(local, claude, settings, breaker);
                var context = AssistantFixtures.algiers();
                server.then(529, FakeAnthropicServer.error("overloaded_error", "Overloaded"));
                server.then(529, FakeAnthropicServer.error("overloaded_error", "Overloaded"));

                service.ask("RDV demain matin", context, false);
                service.ask("RDV demain matin", context, false);
                assertEquals(State.OPEN, breaker.state());

                AssistantReply skipped = service.ask("RDV demain matin", context, false);
                assertEquals(2, server.requests().size(), "an open breaker sends nothing");
                assertEquals("local", skipped.engine());
                assertTrue(skipped.noticeFr().contains("trop d'échecs récents"), skipped.noticeFr());

                clock.advance(Duration.ofSeconds(31));
                server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));
                AssistantReply probe = service.ask("RDV jeudi à 10h pour Mme Amrani 0555 12 34 56", context, false);
                assertEquals(3, server.requests().size());
                assertEquals("claude", probe.engine());
                assertEquals(State.CLOSED, breaker.state());
                assertEquals(3, local.calls.get());
            }
        }
    }

    @Test
    void anUnusableAnswerDoesNotOpenTheBreaker() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(30), new ManualClock());
        try (FakeAnthropicServer server = new FakeAnthropicServer()) {
            FixedClaudeSettings settings = new FixedClaudeSettings(true, "sk-ant-test", null, server.baseUrl(), null,
                    null, null);
            try (ClaudeEngine claude = new ClaudeEngine(settings, RetryPolicy.defaults(), mapper)) {
                AssistantService service = new AssistantService(new CountingLocalEngine(), claude, settings, breaker);
                server.then(200, FakeAnthropicServer.refusal());
                assertEquals("local", service.ask("texte", AssistantFixtures.algiers(), false).engine());
                assertEquals(State.CLOSED, breaker.state(), "Claude answered; the service is up");
            }
        }
    }
}
