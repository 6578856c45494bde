package nova.assistant.service;

import java.net.URI;
import nova.store.SettingsStore;

/**
 * Claude settings as the admin enters them, kept in the encrypted store. Read on every request, so a new key or
 * switching Claude off applies at once.
 */
public final class StoredClaudeSettings implements ClaudeSettings {

    static final String ENABLED = "assistant.claude.enabled";
    static final String API_KEY = "assistant.claude.api_key";
    static final String MODEL = "assistant.claude.model";
    static final String BASE_URL = "assistant.claude.base_url";

    private final SettingsStore settings;

    public StoredClaudeSettings(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public boolean enabled() {
        return settings.get(ENABLED).map(Boolean::parseBoolean).orElse(true);
    }

    @Override
    public char[] apiKey() {
        return settings.get(API_KEY).map(String::toCharArray).orElse(new char[0]);
    }

    @Override
    public String model() {
        return settings.get(MODEL).filter(m -> !m.isBlank()).orElse(DEFAULT_MODEL);
    }

    @Override
    public URI baseUrl() {
        return settings.get(BASE_URL).filter(u -> !u.isBlank()).map(URI::create).orElse(DEFAULT_BASE_URL);
    }

    /** Admin settings: an empty key removes it. */
    public void update(boolean enabled, String apiKey, String model) {
        settings.put(ENABLED, Boolean.toString(enabled));
        settings.put(API_KEY, apiKey == null ? "" : apiKey.strip());
        settings.put(MODEL, model == null ? "" : model.strip());
    }
}
