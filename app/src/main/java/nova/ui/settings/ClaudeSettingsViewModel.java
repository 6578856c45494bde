package nova.ui.settings;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.ui.session.AdminSettings;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * The admin's Claude settings: on/off, the API key (never shown back: only « clé enregistrée »; left empty it is
 * kept), « Effacer la clé », the model.
 */
public final class ClaudeSettingsViewModel {

    private final AdminSettings settings;
    private final TaskExecutor executor;
    private final Messages messages;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final StringProperty newKey = new SimpleStringProperty("");
    private final BooleanProperty clearKey = new SimpleBooleanProperty(false);
    private final StringProperty model = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper keyState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ClaudeSettingsViewModel(AdminSettings settings, TaskExecutor executor, Messages messages) {
        this.settings = Objects.requireNonNull(settings);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Reads the stored settings in the background. */
    public void load() {
        BackgroundTask.wrap(settings::claude)
                .onSuccess(this::show)
                .onFailure(failure -> status.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    private void show(AdminSettings.ClaudeChoice choice) {
        enabled.set(choice.enabled());
        model.set(choice.model());
        newKey.set("");
        clearKey.set(false);
        keyState.set(messages.get(choice.keyStored() ? "settings.claude.keyStored" : "settings.claude.noKey"));
    }

    /** Saves in the background; the assistant reads the settings on every request, so they apply at once. */
    public void save(Runnable done) {
        boolean on = enabled.get();
        String key = newKey.get();
        boolean clear = clearKey.get();
        String chosenModel = model.get();
        BackgroundTask.wrap(() -> {
                    settings.saveClaude(on, key, clear, chosenModel);
                    return settings.claude();
                })
                .onSuccess(saved -> {
                    show(saved);
                    status.set(messages.get("settings.saved"));
                    done.run();
                })
                .onFailure(failure -> status.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    public BooleanProperty enabledProperty() { return enabled; }
    public StringProperty newKeyProperty() { return newKey; }
    public BooleanProperty clearKeyProperty() { return clearKey; }
    public StringProperty modelProperty() { return model; }
    public ReadOnlyStringProperty keyStateProperty() { return keyState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
