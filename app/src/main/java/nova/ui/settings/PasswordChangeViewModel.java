package nova.ui.settings;

import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.ui.session.OwnAccount;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/** « Mon mot de passe » for any user: the old one, the new one typed twice; the store checks the rest. */
public final class PasswordChangeViewModel {

    private final OwnAccount account;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);

    public PasswordChangeViewModel(OwnAccount account, TaskExecutor executor, Messages messages) {
        this.account = Objects.requireNonNull(account);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    public void save() {
        error.set("");
        if (!Objects.equals(newPassword.get(), confirmation.get())) {
            error.set(messages.get("settings.users.mismatch"));
            return;
        }
        char[] old = text(oldPassword);
        char[] fresh = text(newPassword);
        BackgroundTask.wrap(() -> {
                    try {
                        account.changePassword(old, fresh);
                    } finally {
                        Arrays.fill(old, '\0');
                        Arrays.fill(fresh, '\0');
                    }
                    return null;
                })
                .onSuccess(nothing -> {
                    oldPassword.set("");
                    newPassword.set("");
                    confirmation.set("");
                    done.set(true);
                })
                .onFailure(failure -> error.set(failure instanceof UserMessageException ? failure.getMessage()
                        : messages.get("settings.error")))
                .executeWith(executor);
    }

    private static char[] text(StringProperty property) {
        return (property.get() == null ? "" : property.get()).toCharArray();
    }

    public StringProperty oldPasswordProperty() { return oldPassword; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** True once the new password is saved: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
}
