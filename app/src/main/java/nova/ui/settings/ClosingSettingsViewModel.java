package nova.ui.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import nova.clinic.domain.ClosingPeriod;
import nova.ui.session.ClinicAdmin;
import nova.agenda.domain.AppointmentView;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * « Réglages › Fermetures du cabinet »: days or ranges the whole clinic is closed, with the reason the agenda and
 * the booking refusals show (« Fermeture annuelle » from 1 to 15 August). Editable and removable.
 */
public final class ClosingSettingsViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Messages.LOCALE);

    private final ClinicAdmin admin;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<ClosingPeriod>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<ClosingPeriod> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final LocalDate today;
    private final BookedWarning booked;

    public ClosingSettingsViewModel(ClinicAdmin admin, TaskExecutor executor, Messages messages, LocalDate today) {
        this.admin = Objects.requireNonNull(admin);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.today = Objects.requireNonNull(today);
        this.booked = new BookedWarning(messages);
        selected.addListener((obs, old, now) -> {
            booked.cancel();
            showForm(now);
        });
        // A one-day closing is the usual case: the last day follows the first until it is set after it.
        firstDay.addListener((obs, old, now) -> {
            if (now != null && (lastDay.get() == null || lastDay.get().isBefore(now) || lastDay.get().equals(old))) {
                lastDay.set(now);
            }
        });
        // Edited under the warning: the answer would be about other days than those on screen.
        javafx.beans.InvalidationListener edited = obs -> booked.cancel();
        List.<javafx.beans.Observable>of(firstDay, lastDay, reason).forEach(field -> field.addListener(edited));
        showForm(null);
    }

    public void load() {
        BackgroundTask.wrap(admin::closings)
                .onSuccess(list -> items.set(List.copyOf(list)))
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    public void startNew() {
        selected.set(null);
        showForm(null);
    }

    private void showForm(ClosingPeriod item) {
        error.set("");
        firstDay.set(item == null ? today : item.firstDay());
        lastDay.set(item == null ? today : item.lastDay());
        reason.set(item == null ? "" : item.reason());
    }

    /** Adds a closing, or saves the selected one. */
    public void save() {
        booked.cancel();
        error.set("");
        LocalDate first = firstDay.get();
        LocalDate last = lastDay.get() == null ? first : lastDay.get();
        String why = reason.get();
        if (first == null) {
            error.set(messages.get("settings.closings.dateMissing"));
            return;
        }
        if (last.isBefore(first)) {
            error.set(messages.get("settings.closings.order"));
            return;
        }
        if (why == null || why.isBlank()) {
            error.set(messages.get("settings.closings.reasonMissing"));
            return;
        }
        ClosingPeriod current = selected.get();
        Change write = () -> {
            if (current == null) {
                admin.addClosing(first, last, why.strip());
            } else {
                admin.editClosing(current.id(), first, last, why.strip());
            }
            return admin.bookedDuring(first, last);
        };
        // The appointments the closing would fall on are named before anything is saved.
        status.set("");
        booked.beforeSaving(() -> admin.bookedDuring(first, last),
                count -> messages.format("settings.closings.bookedBefore", count), count -> change(write, true),
                executor, () -> error.set(messages.get("settings.error")));
    }

    public void remove() {
        ClosingPeriod current = selected.get();
        if (current != null) {
            change(() -> {
                admin.removeClosing(current.id());
                return List.of();
            }, true);
        }
    }

    /** A write; returns the appointments still booked in the closed days, for the warning. */
    private interface Change {
        List<AppointmentView> run() throws UserMessageException;
    }

    private record Saved(List<ClosingPeriod> closings, List<AppointmentView> stillBooked) {
    }

    private void change(Change work, boolean clearForm) {
        error.set("");
        status.set("");
        BackgroundTask.wrap(() -> {
                    List<AppointmentView> stillBooked = work.run();
                    return new Saved(admin.closings(), stillBooked);
                })
                .onSuccess(saved -> {
                    status.set(saved.stillBooked().isEmpty() ? messages.get("settings.saved")
                            : messages.format("settings.closings.stillBooked", saved.stillBooked().size()));
                    items.set(List.copyOf(saved.closings()));
                    if (clearForm) {
                        startNew();
                    }
                })
                .onFailure(failure -> error.set(failure instanceof UserMessageException ? failure.getMessage()
                        : messages.get("settings.error")))
                .executeWith(executor);
    }

    /** « ven. 1 août 2025 → ven. 15 août 2025 · Fermeture annuelle ». */
    public String itemText(ClosingPeriod item) {
        String when = item.firstDay().equals(item.lastDay()) ? DAY.format(item.firstDay())
                : DAY.format(item.firstDay()) + " → " + DAY.format(item.lastDay());
        return when + " · " + item.reason();
    }

    public boolean isPast(ClosingPeriod item) {
        return item.lastDay().isBefore(today);
    }

    public ReadOnlyObjectProperty<List<ClosingPeriod>> itemsProperty() { return items.getReadOnlyProperty(); }
    public ObjectProperty<ClosingPeriod> selectedProperty() { return selected; }
    public ObjectProperty<LocalDate> firstDayProperty() { return firstDay; }
    public ObjectProperty<LocalDate> lastDayProperty() { return lastDay; }
    public StringProperty reasonProperty() { return reason; }
    public BookedWarning booked() { return booked; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
