package nova.ui.login;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/** The login screen's state and its one command: open the store in the background, report a French error. */
public final class LoginViewModel {

    private final LoginGateway gateway;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<DeskSession> onLoggedIn;

    private final ReadOnlyStringWrapper clinicName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;

    public LoginViewModel(LoginGateway gateway, TaskExecutor executor, Messages messages, String clinicName,
                          String notice, Consumer<DeskSession> onLoggedIn) {
        this.gateway = Objects.requireNonNull(gateway);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn);
        this.clinicName.set(clinicName == null || clinicName.isBlank() ? messages.get("app.title") : clinicName);
        this.notice.set(notice == null ? "" : notice);
        this.busyText.set(messages.get("login.opening"));
        canSubmit = Bindings.createBooleanBinding(
                () -> !busy.get() && !user.get().isBlank() && !password.get().isEmpty(), busy, user, password);
        // A new attempt starts clean: the previous error no longer applies once the user types.
        user.addListener((obs, old, now) -> error.set(""));
        password.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error.set("");
            }
        });
    }

    /** The store is being checked or created: the form waits, with a short French explanation. */
    public void preparing(String message) {
        busyText.set(message);
        busy.set(true);
    }

    /** The store is there: the form is usable; the clinic name and a notice may now be known. */
    public void ready(String name, String newNotice) {
        if (name != null && !name.isBlank()) {
            clinicName.set(name);
        }
        notice.set(newNotice == null ? "" : newNotice);
        busyText.set(messages.get("login.opening"));
        busy.set(false);
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        String name = user.get().trim();
        if (name.isEmpty() || password.get().isEmpty()) {
            error.set(messages.get("login.missing"));
            return;
        }
        char[] secret = password.get().toCharArray();
        BackgroundTask.wrap(() -> gateway.open(name, secret))
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onSuccess(session -> {
                    password.set("");
                    onLoggedIn.accept(session);
                })
                .onFailure(failure -> {
                    error.set(failure instanceof UserMessageException ? failure.getMessage()
                            : messages.get("error.unexpected"));
                    password.set("");
                })
                .onFinished(() -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                })
                .executeWith(executor);
    }

    public ReadOnlyStringProperty clinicNameProperty() { return clinicName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty busyTextProperty() { return busyText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanBinding canSubmitBinding() { return canSubmit; }
}
