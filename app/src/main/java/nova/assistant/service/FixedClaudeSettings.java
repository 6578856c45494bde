package nova.assistant.service;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Settings fixed at construction: for tests and for the command line (from the environment). */
public record FixedClaudeSettings(boolean enabled, String key, String model, URI baseUrl, Duration connectTimeout,
        Duration responseTimeout, Duration deadline) implements ClaudeSettings {

    public static final String KEY_VARIABLE = "ANTHROPIC_API_KEY";
    public static final String MODEL_VARIABLE = "NOVA_CLAUDE_MODEL";
    public static final String BASE_URL_VARIABLE = "ANTHROPIC_BASE_URL";

    public FixedClaudeSettings {
        key = key == null ? "" : key.strip();
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model;
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(6) : responseTimeout;
        deadline = deadline == null ? Duration.ofSeconds(8) : deadline;
    }

    /** Enabled with the default model, endpoint and timeouts. */
    public static FixedClaudeSettings withKey(String key) {
        return new FixedClaudeSettings(true, key, null, null, null, null, null);
    }

    /**
     * From environment variables: {@value #KEY_VARIABLE}, optionally {@value #MODEL_VARIABLE} and
     * {@value #BASE_URL_VARIABLE}. Without a key Claude stays unused.
     */
    public static FixedClaudeSettings fromEnvironment(Map<String, String> environment) {
        String base = environment.get(BASE_URL_VARIABLE);
        return new FixedClaudeSettings(true, environment.get(KEY_VARIABLE), environment.get(MODEL_VARIABLE),
                base == null || base.isBlank() ? null : URI.create(base.strip()), null, null, null);
    }

    @Override
    public char[] apiKey() {
        return key.toCharArray();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "FixedClaudeSettings[enabled=" + enabled + ", key=" + (key.isEmpty() ? "none" : "***") + ", model="
                + model + ", baseUrl=" + baseUrl + ", deadline=" + deadline + "]";
    }
}
