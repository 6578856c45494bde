package nova.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * One write of a settings dialog, in the background: its French refusal (or a generic error) lands in the
 * dialog's error line, « Réglages enregistrés. » in its status line, and {@code saved} gets the write's result.
 */
final class SettingsWrite {

    /** The write itself; a refusal comes as a {@link UserMessageException} with the words to show. */
    interface Work<T> {
        T run() throws UserMessageException;
    }

    private SettingsWrite() {
    }

    static <T> void run(Work<T> work, Consumer<T> saved, ReadOnlyStringWrapper error, ReadOnlyStringWrapper status,
                        TaskExecutor executor, Messages messages) {
        error.set("");
        status.set("");
        BackgroundTask.wrap(work::run)
                .onSuccess(result -> {
                    status.set(messages.get("settings.saved"));
                    saved.accept(result);
                })
                .onFailure(failure -> error.set(failure instanceof UserMessageException ? failure.getMessage()
                        : messages.get("settings.error")))
                .executeWith(executor);
    }
}
