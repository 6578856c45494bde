package nova.assistant.service;

import java.util.Optional;
import nova.assistant.domain.AssistantAction;

/**
 * The assistant's answer: the action, the engine that produced it ("claude" or "local") and, when Claude was
 * wanted but could not answer, a French notice for the screen.
 */
public record AssistantReply(AssistantAction action, String engine, String noticeFr) {

    public Optional<String> notice() {
        return Optional.ofNullable(noticeFr);
    }
}
