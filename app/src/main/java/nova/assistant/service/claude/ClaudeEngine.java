package nova.assistant.service.claude;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantContext;
import nova.assistant.domain.AssistantEngine;
import nova.assistant.service.ActionSchema;
import nova.assistant.service.ActionValidator;
import nova.assistant.service.ClaudeSettings;
import nova.assistant.service.claude.ClaudeFailure.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Claude (Messages API, forced strict tool {@code rdv_json}) for the action. Phones and e-mails are replaced
 * by placeholders before sending; the answer is checked again in Java. Unlike the local engine, this one throws:
 * any {@link ClaudeFailure} means "use the local engine", with the French reason to show.
 */
public final class ClaudeEngine implements AssistantEngine, AutoCloseable {

    public static final String NAME = "claude";
    private static final Logger LOG = LoggerFactory.getLogger(ClaudeEngine.class);

    private final ClaudeSettings settings;
    private final ObjectMapper mapper;
    private final MessagesTransport transport;
    private final MessagesRequest requests;
    private final ActionValidator validator;
    private final Redactor redactor = new Redactor();

    /**
     * Timeouts are read from {@code settings} once, here; the key, model, endpoint and deadline on every request.
     */
    public ClaudeEngine(ClaudeSettings settings, RetryPolicy retry, ObjectMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
        ActionSchema schema = new ActionSchema(mapper);
        this.transport = new MessagesTransport(settings, retry, mapper);
        this.requests = new MessagesRequest(mapper, schema);
        this.validator = new ActionValidator(schema);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @throws ClaudeFailure when Claude gives no valid action (unreachable, refused, invalid answer...) */
    @Override
    public AssistantAction parse(String text, AssistantContext context) {
        RedactedText redacted = redactor.redact(text == null ? "" : text, context);
        String body;
        try {
            body = mapper.writeValueAsString(requests.build(settings.model(), redacted.text(), context));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the Messages request", e);
        }
        char[] key = settings.apiKey();
        JsonNode response;
        try {
            response = transport.post(settings, key, body);
        } finally {
            Arrays.fill(key, '\0');
        }
        JsonNode input = MessagesResponse.toolInput(response);
        List<String> shape = validator.jsonProblems(input, context);
        if (!shape.isEmpty()) {
            throw invalid(shape);
        }
        AssistantAction action;
        try {
            action = mapper.treeToValue(input, AssistantAction.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ClaudeFailure(Kind.INVALID_ACTION, Kind.INVALID_ACTION.reasonFr(), "unreadable tool input", e);
        }
        action = ActionValidator.withContextFacts(redacted.restore(action), context, NAME);
        List<String> meaning = validator.problems(action, context);
        if (!meaning.isEmpty()) {
            throw invalid(meaning);
        }
        return action;
    }

    private static ClaudeFailure invalid(List<String> problems) {
        // Problems name fields and values of the action, never the request text.
        LOG.info("Claude: tool input rejected: {}", problems);
        return new ClaudeFailure(Kind.INVALID_ACTION, String.join("; ", problems));
    }

    @Override
    public void close() {
        transport.close();
    }
}
