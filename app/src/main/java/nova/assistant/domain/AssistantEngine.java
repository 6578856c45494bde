package nova.assistant.domain;

/** Turns one free-text French request into one action. Implementations never throw for bad input. */
public interface AssistantEngine {

    /** "claude" or "local", as written in the action's {@code engine} field. */
    String name();

    AssistantAction parse(String text, AssistantContext context);
}
