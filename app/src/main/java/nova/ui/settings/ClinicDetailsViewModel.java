package nova.ui.settings;

import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.clinic.domain.ClinicDetails;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.ResourceHours;
import nova.ui.session.ClinicAdmin;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * « Réglages › Cabinet »: name, address, phone, zone, calling code, working days, hours and break. Changing the
 * zone shows a warning: appointments already booked keep their instant, so their clock time moves.
 */
public final class ClinicDetailsViewModel {

    private final ClinicAdmin admin;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty callingCode = new SimpleStringProperty("");
    private final WeekHoursFields week = new WeekHoursFields();
    private final ReadOnlyStringWrapper zoneWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final java.util.List<java.time.DayOfWeek> weekOrder;
    private ClinicDetails loaded;

    /** {@code currentDays}: the clinic's working days now, to show the week in the order the clinic reads it. */
    public ClinicDetailsViewModel(ClinicAdmin admin, TaskExecutor executor, Messages messages,
                                  java.util.Set<java.time.DayOfWeek> currentDays) {
        this.weekOrder = WeekHoursFields.weekOrder(currentDays);
        this.admin = Objects.requireNonNull(admin);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        zone.addListener((obs, old, now) -> updateZoneWarning());
    }

    public void load() {
        BackgroundTask.wrap(admin::details)
                .onSuccess(this::show)
                .onFailure(failure -> error.set(messages.get("settings.error")))
                .executeWith(executor);
    }

    private void show(ClinicDetails details) {
        loaded = details;
        ClinicProfile p = details.profile();
        name.set(p.name());
        address.set(p.address());
        phone.set(details.phone());
        zone.set(p.zone().getId());
        callingCode.set(Integer.toString(p.countryCallingCode()));
        week.show(p.workingDays(), p.opening(), p.closing(), p.breakStart(), p.breakEnd());
        updateZoneWarning();
    }

    private void updateZoneWarning() {
        boolean changed = loaded != null && !zone.get().strip().equals(loaded.profile().zone().getId());
        zoneWarning.set(changed ? messages.format("settings.clinic.zoneWarning", loaded.profile().zone().getId(),
                zone.get().strip()) : "");
    }

    /** Checks the form, saves in the background, then runs {@code done}; a refusal stays in {@link #errorProperty}. */
    public void save(Runnable done) {
        error.set("");
        ClinicDetails details;
        try {
            details = read();
        } catch (UserMessageException invalid) {
            error.set(invalid.getMessage());
            return;
        }
        BackgroundTask.wrap(() -> {
                    admin.saveDetails(details);
                    return admin.details();
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

    ClinicDetails read() throws UserMessageException {
        if (loaded == null) {
            throw new UserMessageException(messages.get("settings.error"));
        }
        if (name.get().isBlank()) {
            throw new UserMessageException(messages.get("settings.clinic.nameMissing"));
        }
        if (address.get().isBlank()) {
            throw new UserMessageException(messages.get("settings.clinic.addressMissing"));
        }
        ZoneId chosenZone;
        try {
            chosenZone = ZoneId.of(zone.get().strip());
        } catch (RuntimeException unknown) {
            throw new UserMessageException(messages.format("settings.clinic.zoneUnknown", zone.get().strip()));
        }
        int code;
        try {
            code = Integer.parseInt(callingCode.get().strip().replace("+", ""));
        } catch (NumberFormatException unreadable) {
            code = -1;
        }
        if (code < 1 || code > 999) {
            throw new UserMessageException(messages.get("settings.clinic.callingCodeInvalid"));
        }
        ResourceHours hours = week.read();
        ClinicProfile profile = new ClinicProfile(name.get().strip(), address.get().strip(), chosenZone, code,
                hours.days(), hours.opening(), hours.closing(), hours.breakStart(), hours.breakEnd(),
                loaded.profile().kind());
        return new ClinicDetails(profile, phone.get());
    }

    /** The zones offered in the list (the admin may also type another one). */
    public java.util.List<String> zoneChoices() {
        return java.util.List.of("Africa/Algiers", "Africa/Bamako", "Africa/Abidjan", "Africa/Dakar",
                "Africa/Casablanca", "Africa/Tunis", "Europe/Paris");
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty callingCodeProperty() { return callingCode; }
    public WeekHoursFields week() { return week; }
    public java.util.List<java.time.DayOfWeek> weekOrder() { return weekOrder; }
    public ReadOnlyStringProperty zoneWarningProperty() { return zoneWarning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
