package nova.ui.settings;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.ResourceHours;
import nova.clinic.domain.ResourceSetting;
import nova.ui.session.ClinicAdmin;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * « Réglages › Praticiens » and « Réglages › Fauteuils » (« Salles » in a CSCOM): the list, deactivated ones
 * included, and a form for the selected one or a new one: name, speciality (practitioners), and optional own
 * weekly hours that replace the clinic's for that resource. Deactivating never deletes: appointments refer to it.
 */
public final class ResourceSettingsViewModel {

    /** Which resources the screen edits. */
    public enum Kind { PRACTITIONER, CHAIR }

    private final Kind kind;
    private final ClinicAdmin admin;
    private final ClinicProfile clinic;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<List<ResourceSetting>> items = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<ResourceSetting> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty speciality = new SimpleStringProperty("");
    private final BooleanProperty ownHours = new SimpleBooleanProperty(false);
    private final WeekHoursFields week = new WeekHoursFields();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final BookedWarning booked;

    public ResourceSettingsViewModel(Kind kind, ClinicAdmin admin, ClinicProfile clinic, TaskExecutor executor,
                                     Messages messages) {
        this.kind = Objects.requireNonNull(kind);
        this.admin = Objects.requireNonNull(admin);
        this.clinic = Objects.requireNonNull(clinic);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.booked = new BookedWarning(messages);
        // A warning about the hours of one resource means nothing once another one is shown.
        selected.addListener((obs, old, now) -> {
            booked.cancel();
            showForm(now);
        });
        // Edited under the warning: the answer would be about other hours than those on screen.
        javafx.beans.InvalidationListener edited = obs -> booked.cancel();
        List.<javafx.beans.Observable>of(name, speciality, ownHours).forEach(field -> field.addListener(edited));
        week.fields().forEach(field -> field.addListener(edited));
        showForm(null);
    }

    public Kind kind() {
        return kind;
    }

    /** « Praticiens », « Fauteuils » or « Salles »: the dialog's title and the menu entry. */
    public String title() {
        if (kind == Kind.PRACTITIONER) {
            return messages.get("settings.resources.practitioners");
        }
        return messages.get(clinic.kind() == ClinicKind.CSCOM ? "settings.resources.rooms"
                : "settings.resources.chairs");
    }

    public boolean hasSpeciality() {
        return kind == Kind.PRACTITIONER;
    }

    public void load() {
        UUID keep = selected.get() == null ? null : selected.get().id();
        BackgroundTask.wrap(() -> kind == Kind.PRACTITIONER ? admin.practitioners() : admin.chairs())
                .onSuccess(list -> {
                    items.set(List.copyOf(list));
                    selected.set(keep == null ? null
                            : list.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
                })
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    /** Empties the form for a new resource. */
    public void startNew() {
        selected.set(null);
        showForm(null);
    }

    private void showForm(ResourceSetting item) {
        error.set("");
        name.set(item == null ? "" : item.name());
        speciality.set(item == null || item.speciality() == null ? "" : item.speciality());
        ownHours.set(item != null && item.hasOwnHours());
        if (item != null && item.hasOwnHours()) {
            week.show(item.ownHours());
        } else {
            // Own hours start from the clinic's, which the admin then narrows down.
            week.show(clinic.workingDays(), clinic.opening(), clinic.closing(), clinic.breakStart(),
                    clinic.breakEnd());
        }
        formTitle.set(item == null ? messages.get("settings.resources.new")
                : messages.format("settings.resources.editing", item.name()));
    }

    /** Adds the new resource or saves the selected one. */
    public void save() {
        booked.cancel();
        error.set("");
        ResourceHours hours;
        try {
            if (name.get().isBlank()) {
                throw new UserMessageException(messages.get("settings.resources.nameMissing"));
            }
            hours = ownHours.get() ? week.read() : null;
        } catch (UserMessageException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        ResourceSetting current = selected.get();
        String chosenName = name.get().strip();
        String chosenSpeciality = speciality.get();
        SettingsWrite.Work<String> write = () -> {
            if (kind == Kind.PRACTITIONER) {
                if (current == null) {
                    admin.addPractitioner(chosenName, chosenSpeciality, hours);
                } else {
                    admin.editPractitioner(current.id(), chosenName, chosenSpeciality, hours);
                }
            } else if (current == null) {
                admin.addChair(chosenName, hours);
            } else {
                admin.editChair(current.id(), chosenName, hours);
            }
            return chosenName;
        };
        if (current == null || Objects.equals(current.ownHours(), hours)) {
            change(write);
            return;
        }
        // New hours: the appointments they would leave outside are named before anything is saved.
        status.set("");
        booked.beforeSaving(() -> admin.bookedOutside(current.id(), hours),
                count -> messages.format("settings.resources.bookedOutside", count, chosenName),
                count -> {
                    if (count == 0) {
                        change(write);
                    } else {
                        change(write, messages.format("settings.resources.savedOutside", count));
                    }
                }, executor, () -> error.set(messages.get("settings.error")));
    }

    /** Deactivates the selected resource, or reactivates it when it is deactivated. */
    public void toggleActive() {
        ResourceSetting current = selected.get();
        if (current == null) {
            return;
        }
        boolean active = !current.active();
        change(() -> {
            if (kind == Kind.PRACTITIONER) {
                admin.setPractitionerActive(current.id(), active);
            } else {
                admin.setChairActive(current.id(), active);
            }
            return current.name();
        });
    }

    private void change(SettingsWrite.Work<String> work) {
        SettingsWrite.run(work, this::reloadSelecting, error, status, executor, messages);
    }

    /** A write whose success line says more than « Réglages enregistrés. ». */
    private void change(SettingsWrite.Work<String> work, String savedText) {
        SettingsWrite.run(work, savedName -> {
            status.set(savedText);
            reloadSelecting(savedName);
        }, error, status, executor, messages);
    }

    /** Reads the list again and selects the resource just saved (a new one has no id on this side yet). */
    private void reloadSelecting(String savedName) {
        BackgroundTask.wrap(() -> kind == Kind.PRACTITIONER ? admin.practitioners() : admin.chairs())
                .onSuccess(list -> {
                    items.set(List.copyOf(list));
                    selected.set(list.stream().filter(r -> r.name().equalsIgnoreCase(savedName))
                            .reduce((first, second) -> second.active() ? second : first).orElse(null));
                })
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    /** What a list line says: the name, the speciality, own hours or « horaires du cabinet », deactivated. */
    public String itemText(ResourceSetting item) {
        StringBuilder text = new StringBuilder(item.name());
        if (item.speciality() != null && !item.speciality().isBlank()) {
            text.append(" (").append(item.speciality()).append(")");
        }
        // Two lines in the list: who, then when.
        text.append("\n").append(item.hasOwnHours()
                ? WeekHoursFields.summary(item.ownHours(), weekOrder())
                : messages.get("settings.resources.clinicHours"));
        if (!item.active()) {
            text.append(" · ").append(messages.get("settings.resources.inactive"));
        }
        return text.toString();
    }

    /** The days in the clinic's reading order, for the form's check boxes. */
    public List<DayOfWeek> weekOrder() {
        return WeekHoursFields.weekOrder(clinic.workingDays());
    }

    /** « Désactiver » or « Réactiver », as the selected resource asks. */
    public String toggleText() {
        ResourceSetting current = selected.get();
        return messages.get(current != null && !current.active() ? "settings.resources.reactivate"
                : "settings.resources.deactivate");
    }

    public ReadOnlyObjectProperty<List<ResourceSetting>> itemsProperty() { return items.getReadOnlyProperty(); }
    public ObjectProperty<ResourceSetting> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public StringProperty specialityProperty() { return speciality; }
    public BooleanProperty ownHoursProperty() { return ownHours; }
    public WeekHoursFields week() { return week; }
    public BookedWarning booked() { return booked; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
