package nova.ui.session;

/** The settings only an administrator changes. Calls may block: run them through a BackgroundTask. */
public interface AdminSettings {

    /** Claude as configured now; the key itself is never handed to a screen. */
    ClaudeChoice claude();

    /**
     * @param newKey   a new API key, or blank to keep the stored one
     * @param clearKey removes the stored key (wins over {@code newKey})
     */
    void saveClaude(boolean enabled, String newKey, boolean clearKey, String model);

    record ClaudeChoice(boolean enabled, boolean keyStored, String model) {
    }
}
