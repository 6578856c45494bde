package nova.assistant.service;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

/**
 * How to reach Claude, read again on every request so that a key entered in the settings screen applies at once.
 * The workstation implements it over its encrypted store; {@link FixedClaudeSettings} serves tests and the
 * command line.
 */
public interface ClaudeSettings {

    String DEFAULT_MODEL = "claude-haiku-4-5";
    URI DEFAULT_BASE_URL = URI.create("https://api.anthropic.com");

    /** False when the clinic switched Claude off: the local engine answers, without a notice. */
    boolean enabled();

    /** A fresh copy of the API key, empty when none is configured; the caller wipes it after use. */
    char[] apiKey();

    default String model() {
        return DEFAULT_MODEL;
    }

    /** The API root; the client appends {@code /v1/messages} (a gateway path prefix is kept). */
    default URI baseUrl() {
        return DEFAULT_BASE_URL;
    }

    default Duration connectTimeout() {
        return Duration.ofSeconds(3);
    }

    /** Longest wait for the response to start (and between reads). */
    default Duration responseTimeout() {
        return Duration.ofSeconds(6);
    }

    /** Hard limit for one question, retries included; the receptionist never waits longer than this. */
    default Duration deadline() {
        return Duration.ofSeconds(8);
    }

    default boolean hasApiKey() {
        char[] key = apiKey();
        try {
            for (char c : key) {
                if (!Character.isWhitespace(c)) {
                    return true;
                }
            }
            return false;
        } finally {
            Arrays.fill(key, '\0');
        }
    }
}
