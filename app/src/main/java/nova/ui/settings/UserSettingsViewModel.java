package nova.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.security.domain.Role;
import nova.security.domain.UserAccount;
import nova.ui.session.UserAdmin;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * « Réglages › Utilisateurs »: the workstation's accounts and the form of a new one (name, role, password typed
 * twice). The store checks the name and the password policy; the two passwords are compared here.
 */
public final class UserSettingsViewModel {

    private final UserAdmin admin;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<UserAccount>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.RECEPTION);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public UserSettingsViewModel(UserAdmin admin, TaskExecutor executor, Messages messages) {
        this.admin = Objects.requireNonNull(admin);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    public void load() {
        BackgroundTask.wrap(admin::users)
                .onSuccess(list -> items.set(List.copyOf(list)))
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    public void add() {
        error.set("");
        status.set("");
        if (!Objects.equals(password.get(), confirmation.get())) {
            error.set(messages.get("settings.users.mismatch"));
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        String shown = displayName.get();
        Role chosen = role.get() == null ? Role.RECEPTION : role.get();
        char[] secret = (password.get() == null ? "" : password.get()).toCharArray();
        BackgroundTask.wrap(() -> {
                    try {
                        admin.addUser(name, shown, chosen, secret);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                    return admin.users();
                })
                .onSuccess(list -> {
                    items.set(List.copyOf(list));
                    status.set(messages.format("settings.users.added", name, chosen.label()));
                    username.set("");
                    displayName.set("");
                    password.set("");
                    confirmation.set("");
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /**
     * The selected account gets the password typed twice in the form (it forgot its own). The username field is
     * not used: the selection says whose.
     */
    public void resetSelected() {
        UserAccount who = selectedOrAsk();
        if (who == null) {
            return;
        }
        if (!Objects.equals(password.get(), confirmation.get())) {
            error.set(messages.get("settings.users.mismatch"));
            return;
        }
        char[] secret = (password.get() == null ? "" : password.get()).toCharArray();
        BackgroundTask.wrap(() -> {
                    try {
                        admin.resetPassword(who.username(), secret);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                    return null;
                })
                .onSuccess(done -> {
                    status.set(messages.format("settings.users.reset", who.username()));
                    password.set("");
                    confirmation.set("");
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /**
     * Deactivates the selected account, or reactivates it when it is deactivated. The store refuses one's own
     * account and the last active administrator.
     */
    public void toggleSelected() {
        UserAccount who = selectedOrAsk();
        if (who == null) {
            return;
        }
        boolean active = !who.active();
        BackgroundTask.wrap(() -> {
                    admin.setActive(who.username(), active);
                    return admin.users();
                })
                .onSuccess(list -> {
                    items.set(List.copyOf(list));
                    selected.set(list.stream().filter(u -> u.username().equals(who.username())).findFirst()
                            .orElse(null));
                    status.set(messages.format(active ? "settings.users.reactivated" : "settings.users.deactivated",
                            who.username()));
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /** Starts an action on the selected account: null, and « choose one first », when none is selected. */
    private UserAccount selectedOrAsk() {
        error.set("");
        status.set("");
        UserAccount who = selected.get();
        if (who == null) {
            error.set(messages.get("settings.users.pickOne"));
        }
        return who;
    }

    /** A refusal's French reason, or the generic error. */
    private void showFailure(Throwable failure) {
        error.set(failure instanceof UserMessageException ? failure.getMessage() : messages.get("settings.error"));
    }

    /** « Désactiver » or « Réactiver », as the selected account asks. */
    public String toggleText() {
        UserAccount current = selected.get();
        return messages.get(current != null && !current.active() ? "settings.users.reactivate"
                : "settings.users.deactivate");
    }

    /** « amina · Amina Saidi · Accueil », and « · désactivé » when it is. */
    public String itemText(UserAccount user) {
        String text = user.username().equals(user.displayName()) ? user.username() + " · " + user.role().label()
                : user.username() + " · " + user.displayName() + " · " + user.role().label();
        return user.active() ? text : text + " · " + messages.get("settings.users.inactive");
    }

    public ReadOnlyObjectProperty<List<UserAccount>> itemsProperty() { return items.getReadOnlyProperty(); }
    public ObjectProperty<UserAccount> selectedProperty() { return selected; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty displayNameProperty() { return displayName; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
