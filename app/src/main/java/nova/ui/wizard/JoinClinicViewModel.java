package nova.ui.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.clinic.service.JoinRequest;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * « Rejoindre un cabinet existant »: the hub, the site and its password, and this desk's own administrator; the
 * store is then made from the hub in the background (decision 0151).
 */
public final class JoinClinicViewModel {

    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._-]{3,32}");
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final ClinicCreator creator;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onJoined;

    private final StringProperty hubUrl = new SimpleStringProperty("");
    private final StringProperty site = new SimpleStringProperty("");
    private final StringProperty hubUser = new SimpleStringProperty("");
    private final StringProperty hubPassword = new SimpleStringProperty("");
    private final BooleanProperty loopbackWithoutTls = new SimpleBooleanProperty(false);
    private final StringProperty adminUser = new SimpleStringProperty("admin");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public JoinClinicViewModel(ClinicCreator creator, TaskExecutor executor, Messages messages, Runnable onJoined) {
        this.creator = Objects.requireNonNull(creator);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.onJoined = Objects.requireNonNull(onJoined);
    }

    /** Checks the fields, then makes the store from the hub in the background; {@code onJoined} after success. */
    public void join() {
        if (busy.get()) {
            return;
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems));
            return;
        }
        char[] secret = password.get().toCharArray();
        char[] hubSecret = hubPassword.get().toCharArray();
        JoinRequest request = new JoinRequest(hubUrl.get().strip(), site.get().strip(),
                hubUser.get().isBlank() ? null : hubUser.get().strip(), hubSecret, loopbackWithoutTls.get(),
                adminUser.get().strip(), secret);
        BackgroundTask.wrap(() -> {
                    creator.join(request);
                    return Boolean.TRUE;
                })
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onSuccess(done -> onJoined.run())
                .onFailure(failure -> error.set(messages.format("wizard.join.failed",
                        failure instanceof UserMessageException ? failure.getMessage()
                                : messages.get("error.unexpected"))))
                .onFinished(() -> {
                    Arrays.fill(secret, '\0');
                    Arrays.fill(hubSecret, '\0');
                    busy.set(false);
                })
                .executeWith(executor);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (hubUrl.get().isBlank()) {
            problems.add(messages.get("wizard.join.error.hub"));
        }
        if (!SITE.matcher(site.get().strip()).matches()) {
            problems.add(messages.get("wizard.join.error.site"));
        }
        if (hubPassword.get().isEmpty()) {
            problems.add(messages.get("wizard.join.error.hubPassword"));
        }
        if (!USER.matcher(adminUser.get().strip()).matches()) {
            problems.add(messages.get("wizard.error.user"));
        }
        if (password.get().length() < 8) {
            problems.add(messages.get("wizard.error.password"));
        } else if (!password.get().equals(passwordAgain.get())) {
            problems.add(messages.get("wizard.error.confirm"));
        }
        return problems;
    }

    public StringProperty hubUrlProperty() { return hubUrl; }
    public StringProperty siteProperty() { return site; }
    public StringProperty hubUserProperty() { return hubUser; }
    public StringProperty hubPasswordProperty() { return hubPassword; }
    public BooleanProperty loopbackWithoutTlsProperty() { return loopbackWithoutTls; }
    public StringProperty adminUserProperty() { return adminUser; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty passwordAgainProperty() { return passwordAgain; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
