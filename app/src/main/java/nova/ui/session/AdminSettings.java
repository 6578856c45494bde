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

    /** The hub as configured now; the password itself is never handed to a screen. */
    HubChoice hub();

    /**
     * Checks and stores the hub settings, then starts the background sync when configured.
     *
     * @param password a new password, or empty to keep the stored one
     * @throws nova.ui.support.UserMessageException when a value is refused (bad URL, TLS off for a remote hub…)
     */
    void saveHub(String url, String site, String user, char[] password, boolean verifyTls)
            throws nova.ui.support.UserMessageException;

    record HubChoice(String url, String site, String user, boolean passwordStored, boolean verifyTls) {
    }

    /**
     * Tries hub settings without saving them: a session opened with them and one change read from the hub.
     *
     * @param password a password to try, or empty for the stored one
     * @throws nova.ui.support.UserMessageException why it failed, in French (refused account, untrusted
     *         certificate, hub unreachable…)
     */
    HubReached tryHub(String url, String site, String user, char[] password, boolean verifyTls)
            throws nova.ui.support.UserMessageException;

    /** The login the hub accepted, and how long opening the session and the first read took. */
    record HubReached(String user, java.time.Duration took) {
    }
}
