package nova.ui.settings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nova.agenda.domain.AppointmentView;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;

/**
 * The step before a settings change that leaves booked appointments where the clinic no longer works (a closing
 * over them, own hours that no longer cover them): the appointments are named — day, hour, patient; the first few
 * and how many more — and the administrator saves anyway or cancels. Nothing is ever moved. Shared by the closing
 * and the resource screens, which show it with {@link BookedWarningBox}.
 */
public final class BookedWarning {

    /** More lines would push the dialog's buttons off a 768-pixel screen. */
    static final int SHOWN = 6;
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'à' HH:mm",
            Messages.LOCALE);

    private final Messages messages;
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper appointments = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);
    private Runnable onConfirm;

    BookedWarning(Messages messages) {
        this.messages = messages;
    }

    /**
     * Reads the appointments a change would leave behind, in the background, before anything is saved. None:
     * {@code save} runs at once with 0. Some: they are shown under {@code header} (given their count) and
     * {@code save} runs with their count only if the administrator saves anyway. {@code failed} runs if the read
     * fails.
     */
    void beforeSaving(Callable<List<AppointmentView>> booked, IntFunction<String> header, IntConsumer save,
                      TaskExecutor executor, Runnable failed) {
        cancel();
        BackgroundTask.wrap(booked)
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        save.accept(0);
                    } else {
                        ask(header.apply(found.size()), found, () -> save.accept(found.size()));
                    }
                })
                .onFailure(failure -> failed.run())
                .executeWith(executor);
    }

    /** Shows {@code header} and the appointments; {@code onConfirm} runs only if the administrator saves anyway. */
    private void ask(String headerText, List<AppointmentView> booked, Runnable confirmed) {
        header.set(headerText);
        appointments.set(lines(booked));
        onConfirm = confirmed;
        pending.set(true);
    }

    /** « Enregistrer quand même ». */
    public void confirm() {
        Runnable confirmed = onConfirm;
        clear();
        if (confirmed != null) {
            confirmed.run();
        }
    }

    /** « Annuler », or the form changed under the warning: nothing is saved. */
    public void cancel() {
        clear();
    }

    private void clear() {
        onConfirm = null;
        pending.set(false);
        header.set("");
        appointments.set("");
    }

    /** « dim. 14 mars 2027 à 09:00 · BENALI Karim », one a line, then « … et 4 autres rendez-vous ». */
    String lines(List<AppointmentView> booked) {
        String shown = booked.stream().limit(SHOWN).map(a -> LONG.format(a.start()) + " · " + a.patientName())
                .collect(Collectors.joining("\n"));
        return booked.size() > SHOWN ? shown + "\n" + messages.format("settings.booked.more", booked.size() - SHOWN)
                : shown;
    }

    public ReadOnlyStringProperty headerProperty() { return header.getReadOnlyProperty(); }
    public ReadOnlyStringProperty appointmentsProperty() { return appointments.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty pendingProperty() { return pending.getReadOnlyProperty(); }
}
