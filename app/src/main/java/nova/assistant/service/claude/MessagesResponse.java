package nova.assistant.service.claude;

import com.fasterxml.jackson.databind.JsonNode;
import nova.assistant.service.claude.ClaudeFailure.Kind;

/** Reads the tool input out of a Messages API answer; anything but a complete {@code rdv_json} call is a failure. */
final class MessagesResponse {

    private MessagesResponse() {
    }

    static JsonNode toolInput(JsonNode response) {
        if (!response.isObject() || !"message".equals(response.path("type").asText())) {
            throw new ClaudeFailure(Kind.INVALID_RESPONSE, "not a message object");
        }
        String stopReason = response.path("stop_reason").asText("");
        switch (stopReason) {
            case "max_tokens" -> throw new ClaudeFailure(Kind.TRUNCATED, "stop_reason max_tokens");
            case "refusal" -> throw new ClaudeFailure(Kind.REFUSAL, "stop_reason refusal");
            default -> {
            }
        }
        for (JsonNode block : response.path("content")) {
            if ("tool_use".equals(block.path("type").asText())
                    && MessagesRequest.TOOL_NAME.equals(block.path("name").asText())) {
                JsonNode input = block.get("input");
                if (input == null || !input.isObject()) {
                    throw new ClaudeFailure(Kind.INVALID_ACTION, "tool_use without an object input");
                }
                return input;
            }
        }
        throw new ClaudeFailure(Kind.NO_TOOL_USE, "no rdv_json tool_use block, stop_reason " + stopReason);
    }
}
