package nova.ui.settings;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.ui.session.AdminSettings;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * The admin's hub settings: address, site, user (empty: the site's standard role), password (never shown back;
 * left empty it is kept), TLS certificate verification (on by default; the settings refuse it off except for a hub
 * on this machine).
 */
public final class HubSettingsViewModel {

    private final AdminSettings settings;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty site = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty verifyTls = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper passwordState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reached = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper trying = new ReadOnlyBooleanWrapper(false);

    public HubSettingsViewModel(AdminSettings settings, TaskExecutor executor, Messages messages) {
        this.settings = Objects.requireNonNull(settings);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    public void load() {
        BackgroundTask.wrap(settings::hub)
                .onSuccess(this::show)
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    private void show(AdminSettings.HubChoice hub) {
        url.set(hub.url());
        site.set(hub.site());
        user.set(hub.user());
        password.set("");
        verifyTls.set(hub.verifyTls());
        passwordState.set(messages.get(hub.passwordStored() ? "settings.hub.passwordStored"
                : "settings.hub.noPassword"));
    }

    public void save(Runnable done) {
        String chosenUrl = url.get();
        String chosenSite = site.get();
        String chosenUser = user.get();
        char[] chosenPassword = password.get() == null ? new char[0] : password.get().toCharArray();
        boolean verify = verifyTls.get();
        error.set("");
        BackgroundTask.wrap(() -> {
                    try {
                        settings.saveHub(chosenUrl, chosenSite, chosenUser, chosenPassword, verify);
                    } finally {
                        java.util.Arrays.fill(chosenPassword, '\0');
                    }
                    return settings.hub();
                })
                .onSuccess(saved -> {
                    show(saved);
                    status.set(messages.get("settings.saved"));
                    done.run();
                })
                .onFailure(failure -> error.set(failure instanceof UserMessageException ? failure.getMessage()
                        : messages.get("settings.error")))
                .executeWith(executor);
    }

    /** « Tester la connexion »: the values as typed, not saved; the answer replaces the previous one. */
    public void tryHub() {
        String chosenUrl = url.get();
        String chosenSite = site.get();
        String chosenUser = user.get();
        char[] chosenPassword = password.get() == null ? new char[0] : password.get().toCharArray();
        boolean verify = verifyTls.get();
        error.set("");
        reached.set(messages.get("settings.hub.trying"));
        trying.set(true);
        BackgroundTask.wrap(() -> {
                    try {
                        return settings.tryHub(chosenUrl, chosenSite, chosenUser, chosenPassword, verify);
                    } finally {
                        java.util.Arrays.fill(chosenPassword, '\0');
                    }
                })
                .onSuccess(answer -> {
                    trying.set(false);
                    reached.set(messages.format("settings.hub.reached",
                            String.format(java.util.Locale.FRANCE, "%.1f", answer.took().toMillis() / 1000.0),
                            answer.user()));
                })
                .onFailure(failure -> {
                    trying.set(false);
                    reached.set("");
                    error.set(failure instanceof UserMessageException ? failure.getMessage()
                            : messages.get("settings.error"));
                })
                .executeWith(executor);
    }

    public StringProperty urlProperty() { return url; }
    public StringProperty siteProperty() { return site; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public BooleanProperty verifyTlsProperty() { return verifyTls; }
    public ReadOnlyStringProperty passwordStateProperty() { return passwordState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reachedProperty() { return reached.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty tryingProperty() { return trying.getReadOnlyProperty(); }
}
