package nova.assistant.service.claude;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import nova.assistant.domain.AssistantContext;
import nova.assistant.service.ActionSchema;

/**
 * Builds the Messages API request: one strict tool {@code rdv_json} whose input schema is the action's, forced by
 * {@code tool_choice}, temperature 0, no thinking, and a system prompt that never changes (so the tools + system
 * prefix can be cached). Everything that changes per request (date, clinic facts, the redacted text) goes into the
 * user message.
 */
final class MessagesRequest {

    static final String TOOL_NAME = "rdv_json";
    static final int MAX_TOKENS = 1024;
    private static final String PROMPT_RESOURCE = "system-prompt-fr.txt";
    private static final Locale FRENCH = Locale.FRENCH;

    private final ObjectMapper mapper;
    private final ActionSchema schema;
    private final String systemPrompt;

    MessagesRequest(ObjectMapper mapper, ActionSchema schema) {
        this.mapper = mapper;
        this.schema = schema;
        this.systemPrompt = loadPrompt();
    }

    ObjectNode build(String model, String redactedText, AssistantContext context) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", model);
        body.put("max_tokens", MAX_TOKENS);
        body.put("temperature", 0);
        ObjectNode system = body.putArray("system").addObject();
        system.put("type", "text");
        system.put("text", systemPrompt);
        system.putObject("cache_control").put("type", "ephemeral");
        ObjectNode tool = body.putArray("tools").addObject();
        tool.put("name", TOOL_NAME);
        tool.put("description", "Enregistre l'unique action de rendez-vous déduite de la demande de la réceptionniste.");
        tool.put("strict", true);
        tool.set("input_schema", schema.forContext(context));
        ObjectNode choice = body.putObject("tool_choice");
        choice.put("type", "tool");
        choice.put("name", TOOL_NAME);
        ArrayNode messages = body.putArray("messages");
        ObjectNode user = messages.addObject();
        user.put("role", "user");
        user.put("content", userMessage(redactedText, context));
        return body;
    }

    String systemPrompt() {
        return systemPrompt;
    }

    static String userMessage(String redactedText, AssistantContext context) {
        String days = context.workingDays().stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL, FRENCH)).collect(Collectors.joining(", "));
        String careTypes = context.careTypeCodes().stream()
                .map(code -> code + " (" + context.durationOf(code) + " min)").collect(Collectors.joining(", "));
        DayOfWeek today = context.now().getDayOfWeek();
        return "Contexte :\n"
                + "- Date et heure actuelles : " + context.now().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + " (" + today.getDisplayName(TextStyle.FULL, FRENCH) + "), fuseau " + context.zone().getId() + "\n"
                + "- Adresse du cabinet : " + context.clinicAddress() + "\n"
                + "- Indicatif téléphonique : +" + context.countryCallingCode() + "\n"
                + "- Horaires : " + context.opening() + " - " + context.closing() + "\n"
                + "- Jours ouvrés : " + days + "\n"
                + "- Types de soins (code et durée) : " + careTypes + "\n"
                + "\n<demande>\n" + redactedText + "\n</demande>";
    }

    private static String loadPrompt() {
        try (InputStream in = MessagesRequest.class.getResourceAsStream(PROMPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + PROMPT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
