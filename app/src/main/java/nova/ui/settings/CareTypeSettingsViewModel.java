package nova.ui.settings;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.clinic.domain.CareTypeSetting;
import nova.ui.session.ClinicAdmin;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * « Réglages › Types de soin »: the list, deactivated ones included, and a form (name, default duration, colour)
 * for the selected one or a new one. A deactivated care type leaves the booking choices; old appointments keep
 * their label and colour.
 */
public final class CareTypeSettingsViewModel {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final String DEFAULT_COLOUR = "#0D9488";

    private final ClinicAdmin admin;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<CareTypeSetting>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<CareTypeSetting> selected = new SimpleObjectProperty<>();
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("30");
    private final StringProperty colour = new SimpleStringProperty(DEFAULT_COLOUR);
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public CareTypeSettingsViewModel(ClinicAdmin admin, TaskExecutor executor, Messages messages) {
        this.admin = Objects.requireNonNull(admin);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        selected.addListener((obs, old, now) -> showForm(now));
        showForm(null);
    }

    public void load() {
        reloadSelecting(selected.get() == null ? null : selected.get().code());
    }

    public void startNew() {
        selected.set(null);
        showForm(null);
    }

    private void showForm(CareTypeSetting item) {
        error.set("");
        label.set(item == null ? "" : item.careType().label());
        duration.set(item == null ? "30" : Integer.toString(item.careType().durationMinutes()));
        colour.set(item == null ? DEFAULT_COLOUR : item.careType().colorHex());
        formTitle.set(item == null ? messages.get("settings.careTypes.new")
                : messages.format("settings.resources.editing", item.careType().label()));
    }

    public void save() {
        error.set("");
        int minutes;
        try {
            minutes = readDuration();
            if (label.get().isBlank()) {
                throw new UserMessageException(messages.get("settings.careTypes.nameMissing"));
            }
            if (colour.get() == null || !COLOUR.matcher(colour.get()).matches()) {
                throw new UserMessageException(messages.get("settings.careTypes.colourInvalid"));
            }
        } catch (UserMessageException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        CareTypeSetting current = selected.get();
        String chosenLabel = label.get().strip();
        String chosenColour = colour.get();
        change(() -> {
            if (current == null) {
                admin.addCareType(chosenLabel, minutes, chosenColour);
                return admin.careTypes().stream().filter(c -> c.active()
                        && c.careType().label().equalsIgnoreCase(chosenLabel)).map(CareTypeSetting::code)
                        .findFirst().orElse(null);
            }
            admin.editCareType(current.code(), chosenLabel, minutes, chosenColour);
            return current.code();
        });
    }

    private int readDuration() throws UserMessageException {
        try {
            int minutes = Integer.parseInt(duration.get().strip().replace("min", "").strip());
            if (minutes >= 5 && minutes <= 480) {
                return minutes;
            }
        } catch (NumberFormatException unreadable) {
            // the message below says what is expected
        }
        throw new UserMessageException(messages.get("settings.careTypes.durationInvalid"));
    }

    public void toggleActive() {
        CareTypeSetting current = selected.get();
        if (current != null) {
            change(() -> {
                admin.setCareTypeActive(current.code(), !current.active());
                return current.code();
            });
        }
    }

    private void change(SettingsWrite.Work<String> work) {
        SettingsWrite.run(work, this::reloadSelecting, error, status, executor, messages);
    }

    private void reloadSelecting(String code) {
        BackgroundTask.wrap(admin::careTypes)
                .onSuccess(list -> {
                    items.set(List.copyOf(list));
                    selected.set(code == null ? null
                            : list.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null));
                })
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    public String itemText(CareTypeSetting item) {
        String text = item.careType().label() + " · " + item.careType().durationMinutes() + " min";
        return item.active() ? text : text + " · " + messages.get("settings.resources.inactive");
    }

    public String toggleText() {
        CareTypeSetting current = selected.get();
        return messages.get(current != null && !current.active() ? "settings.resources.reactivate"
                : "settings.resources.deactivate");
    }

    public ReadOnlyObjectProperty<List<CareTypeSetting>> itemsProperty() { return items.getReadOnlyProperty(); }
    public ObjectProperty<CareTypeSetting> selectedProperty() { return selected; }
    public StringProperty labelProperty() { return label; }
    public StringProperty durationProperty() { return duration; }
    /** « #RRGGBB ». */
    public StringProperty colourProperty() { return colour; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
