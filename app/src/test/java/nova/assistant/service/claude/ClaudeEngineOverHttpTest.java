package nova.assistant.service.claude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.random.RandomGenerator;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.ActionSchema;
import nova.assistant.service.AssistantFixtures;
import nova.assistant.service.AssistantFixtures.CountingLocalEngine;
import nova.assistant.service.AssistantReply;
import nova.assistant.service.AssistantService;
import nova.assistant.service.FixedClaudeSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Claude engine and its fallback against a fake Anthropic server on loopback (real HTTP). */
class ClaudeEngineOverHttpTest {

    private static final String KEY = "sk-ant-test-0123456789";
    private static final String TEXT = "RDV jeudi à 10h pour Mme Amrani, son numéro 0555 12 34 56";

    private final ObjectMapper mapper = new ObjectMapper();
    private final AssistantContext context = AssistantFixtures.algiers();
    private final CountingLocalEngine local = new CountingLocalEngine();
    private FakeAnthropicServer server;
    private ClaudeEngine claude;
    private AssistantService service;

    @BeforeEach
    void start() throws Exception {
        server = new FakeAnthropicServer();
        useSettings(settings(Duration.ofSeconds(8)));
    }

    @AfterEach
    void stop() {
        claude.close();
        server.close();
    }

    private FixedClaudeSettings settings(Duration deadline) {
        return new FixedClaudeSettings(true, KEY, null, server.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(6),
                deadline);
    }

    private void useSettings(FixedClaudeSettings settings) {
        if (claude != null) {
            claude.close();
        }
        RetryPolicy fastRetries = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(40),
                RandomGenerator.of("L64X128MixRandom"));
        claude = new ClaudeEngine(settings, fastRetries, mapper);
        service = new AssistantService(local, claude, settings, CircuitBreaker.withDefaults(Clock.systemUTC()));
    }

    @Test
    void aGoodToolUseAnswerBecomesTheActionWithThePhoneRestored() {
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals("claude", reply.engine());
        assertTrue(reply.notice().isEmpty());
        assertEquals(ActionType.CREATE, reply.action().action());
        assertEquals("claude", reply.action().engine());
        assertEquals("+213555123456", reply.action().patient().phoneE164());
        assertEquals("Mme Amrani", reply.action().patient().name());
        assertEquals("2026-11-26T10:00:00+01:00", reply.action().slot().startIso());
        assertEquals(0, local.calls.get());
    }

    @Test
    void theRequestIsTheForcedStrictToolWithoutThinkingAndWithoutThePhone() {
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));
        service.ask(TEXT, context, false);

        assertEquals(1, server.requests().size());
        FakeAnthropicServer.Received request = server.requests().getFirst();
        assertEquals(KEY, request.header("x-api-key"));
        assertEquals("2023-06-01", request.header("anthropic-version"));
        assertTrue(request.header("content-type").startsWith("application/json"));
        JsonNode body = request.json();
        assertEquals("claude-haiku-4-5", body.get("model").asText());
        assertEquals(0, body.get("temperature").asInt());
        assertTrue(body.get("temperature").isNumber());
        assertFalse(body.has("thinking"));
        assertEquals("tool", body.at("/tool_choice/type").asText());
        assertEquals("rdv_json", body.at("/tool_choice/name").asText());
        assertEquals(1, body.get("tools").size());
        JsonNode tool = body.get("tools").get(0);
        assertEquals("rdv_json", tool.get("name").asText());
        assertTrue(tool.get("strict").asBoolean());
        assertEquals(new ActionSchema(mapper).forContext(context), tool.get("input_schema"));
        assertEquals("ephemeral", body.at("/system/0/cache_control/type").asText());

        String user = body.at("/messages/0/content").asText();
        assertEquals("user", body.at("/messages/0/role").asText());
        assertTrue(user.contains("[TEL_1]"), user);
        assertFalse(user.contains("0555") || user.contains("555 12") || request.body().contains("34 56"));
        assertTrue(user.contains("2026-11-23T10:00:00+01:00"), "the date goes in the user message");
        assertTrue(user.contains(context.clinicAddress()));
    }

    @Test
    void theSystemPromptIsIdenticalAcrossCallsAndCarriesNoDate() {
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));
        service.ask(TEXT, context, false);
        AssistantContext later = new AssistantContext(context.now().plusDays(3).plusHours(2), context.clinicAddress(),
                213, context.opening(), context.closing(), context.workingDays(), context.careTypeCodes(),
                context.careTypeDurations());
        service.ask("un RDV demain matin pour une extraction", later, false);

        JsonNode first = server.requests().get(0).json().get("system");
        JsonNode second = server.requests().get(1).json().get("system");
        assertEquals(first, second);
        assertFalse(first.toString().contains("2026-11-23") || first.toString().contains("2026-11-26"),
                "the current date belongs in the user message");
        assertTrue(first.at("/0/text").asText().contains("rdv_json"));
    }

    @Test
    void a429WithRetryAfterIsWaitedForThenSucceeds() {
        server.then(429, FakeAnthropicServer.error("rate_limit_error", "Number of requests has exceeded your rate limit"),
                Map.of("retry-after", "1"));
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));

        long started = System.nanoTime();
        AssistantReply reply = service.ask(TEXT, context, false);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals("claude", reply.engine());
        assertEquals(2, server.requests().size());
        assertTrue(elapsed >= 950, "retry-after: 1 must be honoured, waited " + elapsed + " ms");
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        server.then(429, FakeAnthropicServer.error("rate_limit_error", "slow down"),
                Map.of("retry-after-ms", "120", "retry-after", "5"));
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));

        long started = System.nanoTime();
        AssistantReply reply = service.ask(TEXT, context, false);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals("claude", reply.engine());
        assertTrue(elapsed >= 110 && elapsed < 3000, "waited " + elapsed + " ms");
    }

    @Test
    void aSpendLimit429IsNotRetried() {
        ObjectNode body = (ObjectNode) readTree(FakeAnthropicServer.error("rate_limit_error", "spend limit"));
        ((ObjectNode) body.get("error")).putObject("details").put("error_code", "enforced_spend_limit_reached");
        server.then(429, body.toString());

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals(1, server.requests().size());
        assertEquals("local", reply.engine());
        assertTrue(reply.noticeFr().contains("quota"), reply.noticeFr());
    }

    @Test
    void a529OverloadedIsRetriedTwiceThenTheLocalEngineAnswers() {
        for (int i = 0; i < 3; i++) {
            server.then(529, FakeAnthropicServer.error("overloaded_error", "Overloaded"));
        }

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals(3, server.requests().size(), "one call and two retries");
        assertEquals("local", reply.engine());
        assertEquals("local", reply.action().engine());
        assertEquals(1, local.calls.get());
        assertEquals("Claude indisponible : réponse du moteur local (service Claude surchargé)", reply.noticeFr());
    }

    @Test
    void a500IsRetriedAndASuccessAfterItIsUsed() {
        server.then(500, FakeAnthropicServer.error("api_error", "Internal server error"));
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals(2, server.requests().size());
        assertEquals("claude", reply.engine());
    }

    @Test
    void repeated500sFallBackWithTheStatusInTheNotice() {
        for (int i = 0; i < 3; i++) {
            server.then(500, FakeAnthropicServer.error("api_error", "Internal server error"));
        }
        AssistantReply reply = service.ask(TEXT, context, false);
        assertEquals(3, server.requests().size());
        assertEquals("local", reply.engine());
        assertTrue(reply.noticeFr().contains("HTTP 500"), reply.noticeFr());
    }

    @ParameterizedTest
    @CsvSource({"408,request_timeout", "409,conflict_error", "503,api_error", "529,overloaded_error"})
    void transientStatusesAreRetried(int status, String type) {
        server.then(status, FakeAnthropicServer.error(type, "try again"));
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));

        assertEquals("claude", service.ask(TEXT, context, false).engine());
        assertEquals(2, server.requests().size());
    }

    @Test
    void xShouldRetryFalseStopsTheRetries() {
        server.then(529, FakeAnthropicServer.error("overloaded_error", "Overloaded"), Map.of("x-should-retry", "false"));

        assertEquals("local", service.ask(TEXT, context, false).engine());
        assertEquals(1, server.requests().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "401|authentication_error|clé API invalide",
        "403|permission_error|accès refusé pour cette clé API",
        "404|not_found_error|modèle introuvable : claude-haiku-4-5",
        "413|request_too_large|requête trop volumineuse",
        "400|invalid_request_error|requête refusée par le service Claude (HTTP 400)"})
    void clientErrorsAreNeverRetriedAndSayWhyInFrench(int status, String type, String reason) {
        server.then(status, FakeAnthropicServer.error(type, "nope"));

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals(1, server.requests().size(), "no retry for " + status);
        assertEquals("local", reply.engine());
        assertEquals("Claude indisponible : réponse du moteur local (" + reason + ")", reply.noticeFr());
    }

    @Test
    void aWrongActionEnumFallsBack() {
        ObjectNode input = AssistantFixtures.createInput(mapper);
        input.put("action", "BOOK");
        server.then(200, FakeAnthropicServer.toolUse(input));

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals("local", reply.engine());
        assertTrue(reply.noticeFr().contains("non conforme"), reply.noticeFr());
        assertEquals(1, server.requests().size(), "an invalid answer is not retried");
    }

    @Test
    void aPhoneClaudeMadeUpFallsBack() {
        ObjectNode input = AssistantFixtures.createInput(mapper);
        ((ObjectNode) input.get("patient")).put("phone_e164", "+213123");
        server.then(200, FakeAnthropicServer.toolUse(input));

        assertEquals("local", service.ask(TEXT, context, false).engine());
    }

    @Test
    void anUnknownCareTypeFallsBack() {
        ObjectNode input = AssistantFixtures.createInput(mapper);
        input.put("care_type", "massage");
        server.then(200, FakeAnthropicServer.toolUse(input));

        assertEquals("local", service.ask(TEXT, context, false).engine());
    }

    @Test
    void aMissingKeyInTheToolInputFallsBack() {
        ObjectNode input = AssistantFixtures.createInput(mapper);
        input.remove("window");
        server.then(200, FakeAnthropicServer.toolUse(input));

        assertEquals("local", service.ask(TEXT, context, false).engine());
    }

    @Test
    void stopReasonMaxTokensFallsBack() {
        server.then(200, FakeAnthropicServer.message(AssistantFixtures.createInput(mapper), "max_tokens"));

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals("local", reply.engine());
        assertTrue(reply.noticeFr().contains("tronquée"), reply.noticeFr());
    }

    @Test
    void stopReasonRefusalFallsBack() {
        server.then(200, FakeAnthropicServer.refusal());

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals("local", reply.engine());
        assertTrue(reply.noticeFr().contains("refusé"), reply.noticeFr());
    }

    @Test
    void aGarbageBodyFallsBack() {
        server.then(200, "<html><body>Portail captif : connectez-vous</body></html>");

        AssistantReply reply = service.ask(TEXT, context, false);

        assertEquals("local", reply.engine());
        assertTrue(reply.noticeFr().contains("illisible"), reply.noticeFr());
    }

    @Test
    void aGarbage502IsRetriedLikeAnyServerError() {
        server.then(502, "<html>Bad gateway</html>");
        server.then(200, FakeAnthropicServer.toolUse(AssistantFixtures.createInput(mapper)));

        assertEquals("claude", service.ask(TEXT, context, false).engine());
        assertEquals(2, server.requests().size());
    }

    @Test
    void aResponseThatNeverComesCannotHoldTheCallerPastTheDeadline() {
        server.thenSilence(30_000).thenSilence(30_000).thenSilence(30_000);

        long started = System.nanoTime();
        AssistantReply reply = service.ask(TEXT, context, false);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals("local", reply.engine());
        assertTrue(elapsed < 9_000, "the 8 s deadline must hold, took " + elapsed + " ms");
        assertTrue(elapsed >= 5_900, "the response timeout (6 s) applies first, took " + elapsed + " ms");
        assertTrue(reply.noticeFr().contains("délai"), reply.noticeFr());
    }

    @Test
    void aShortDeadlineCutsAResponseMidWait() {
        useSettings(settings(Duration.ofMillis(1500)));
        server.thenSilence(30_000);

        long started = System.nanoTime();
        AssistantReply reply = service.ask(TEXT, context, false);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals("local", reply.engine());
        assertTrue(elapsed >= 1_400 && elapsed < 2_500, "took " + elapsed + " ms");
    }

    @Test
    void aRefusedConnectionIsRetriedThenFallsBackQuickly() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        useSettings(new FixedClaudeSettings(true, KEY, null, java.net.URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(8)));

        long started = System.nanoTime();
        AssistantReply reply = service.ask(TEXT, context, false);
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        assertEquals("local", reply.engine());
        assertEquals("Claude indisponible : réponse du moteur local (connexion impossible au service Claude)",
                reply.noticeFr());
        assertTrue(elapsed < 2_000, "took " + elapsed + " ms");
    }

    @Test
    void offlineDisabledOrKeylessNeverCallTheServer() {
        AssistantReply offline = service.ask(TEXT, context, true);
        assertEquals("local", offline.engine());
        assertTrue(offline.notice().isEmpty());

        FixedClaudeSettings disabled = new FixedClaudeSettings(false, KEY, null, server.baseUrl(), null, null, null);
        AssistantReply off = new AssistantService(local, claude, disabled, CircuitBreaker.withDefaults(Clock.systemUTC()))
                .ask(TEXT, context, false);
        assertEquals("local", off.engine());
        assertTrue(off.notice().isEmpty());

        FixedClaudeSettings keyless = new FixedClaudeSettings(true, "  ", null, server.baseUrl(), null, null, null);
        AssistantReply noKey = new AssistantService(local, claude, keyless, CircuitBreaker.withDefaults(Clock.systemUTC()))
                .ask(TEXT, context, false);
        assertEquals("local", noKey.engine());
        assertEquals("Claude non configuré (aucune clé API) : réponse du moteur local", noKey.noticeFr());

        assertEquals(0, server.requests().size());
        assertEquals(3, local.calls.get());
    }

    @Test
    void aMalianClinicGetsItsOwnPhoneFormat() {
        AssistantContext bamako = AssistantFixtures.bamako();
        ObjectNode input = AssistantFixtures.createInput(mapper);
        input.put("care_type", "vaccination");
        input.put("timezone", "Africa/Bamako");
        ObjectNode slot = (ObjectNode) input.get("slot");
        slot.put("start_iso", "2026-11-26T10:00:00Z");
        slot.put("end_iso", "2026-11-26T10:15:00Z");
        slot.put("duration_minutes", 15);
        server.then(200, FakeAnthropicServer.toolUse(input));

        AssistantReply reply = service.ask("RDV jeudi 10h pour Awa Traoré, tel 76 12 34 56", bamako, false);

        assertEquals("claude", reply.engine(), String.valueOf(reply.noticeFr()));
        assertEquals("+22376123456", reply.action().patient().phoneE164());
        assertEquals("CSCOM de Sikoro, Bamako", reply.action().clinicAddress());
        assertTrue(server.requests().getFirst().json().at("/messages/0/content").asText().contains("[TEL_1]"));
        assertNull(reply.action().questionFr());
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
