package nova.ui.wizard;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nova.clinic.domain.CareType;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.service.PractitionerDraft;
import nova.clinic.service.SetupRequest;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * The first-run wizard: a preset fills every field, each step is checked before the next, and the last one creates
 * the encrypted store in the background.
 */
public final class WizardViewModel {

    private static final Pattern USER = Pattern.compile("[\\p{L}\\p{N}._-]{3,32}");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final ClinicCreator creator;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Runnable onCreated;

    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.PROFILE);
    private final ObjectProperty<ClinicKind> kind = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty callingCode = new SimpleStringProperty("");
    private final Map<DayOfWeek, BooleanProperty> workingDays = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<LocalTime> opening = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> closing = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> breakStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> breakEnd = new SimpleObjectProperty<>();
    private final StringProperty chairs = new SimpleStringProperty("");
    private final StringProperty practitioners = new SimpleStringProperty("");
    private final ObservableList<CareTypeRow> careTypes = FXCollections.observableArrayList();
    private final StringProperty adminUser = new SimpleStringProperty("admin");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final ObjectBinding<PasswordStrength> strength;
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper joining = new ReadOnlyBooleanWrapper(false);
    private final JoinClinicViewModel join;

    public WizardViewModel(ClinicCreator creator, TaskExecutor executor, Messages messages, boolean demoChecked,
                           Runnable onCreated) {
        this.creator = Objects.requireNonNull(creator);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.onCreated = Objects.requireNonNull(onCreated);
        this.join = new JoinClinicViewModel(creator, executor, messages, onCreated);
        for (DayOfWeek day : DayOfWeek.values()) {
            workingDays.put(day, new SimpleBooleanProperty(false));
        }
        strength = Bindings.createObjectBinding(() -> PasswordStrength.of(password.get()), password);
        kind.addListener((obs, old, now) -> {
            if (now != null) {
                apply(creator.preset(now));
            }
        });
        demo.set(demoChecked);
        kind.set(ClinicKind.DENTAL_CABINET);
        step.addListener((obs, old, now) -> error.set(""));
    }

    private void apply(SetupRequest draft) {
        ClinicProfile profile = draft.profile();
        name.set(profile.name());
        address.set(profile.address());
        zone.set(profile.zone().getId());
        callingCode.set(String.valueOf(profile.countryCallingCode()));
        workingDays.forEach((day, property) -> property.set(profile.workingDays().contains(day)));
        opening.set(profile.opening());
        closing.set(profile.closing());
        breakStart.set(profile.breakStart());
        breakEnd.set(profile.breakEnd());
        chairs.set(String.join("\n", draft.chairNames()));
        practitioners.set(draft.practitioners().stream()
                .map(p -> p.speciality() == null || p.speciality().isBlank() ? p.displayName()
                        : p.displayName() + " ; " + p.speciality())
                .collect(Collectors.joining("\n")));
        careTypes.setAll(draft.careTypes().stream().map(CareTypeRow::new).toList());
    }

    /** « Rejoindre un cabinet existant » instead of creating one: the join form replaces the steps. */
    public void startJoining() {
        if (!busy.get()) {
            joining.set(true);
        }
    }

    /** Back to the steps (not while the store is being made from the hub). */
    public void stopJoining() {
        if (!join.busyProperty().get()) {
            joining.set(false);
        }
    }

    public void next() {
        List<String> problems = problemsOf(step.get());
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems));
            return;
        }
        error.set("");
        WizardStep current = step.get();
        if (current.ordinal() < WizardStep.values().length - 1) {
            step.set(WizardStep.values()[current.ordinal() + 1]);
        }
    }

    public void previous() {
        WizardStep current = step.get();
        if (current.ordinal() > 0 && !busy.get()) {
            step.set(WizardStep.values()[current.ordinal() - 1]);
        }
    }

    /** Checks every step again (fields may have changed), then creates the store in the background. */
    public void finish() {
        if (busy.get()) {
            return;
        }
        for (WizardStep each : WizardStep.values()) {
            List<String> problems = problemsOf(each);
            if (!problems.isEmpty()) {
                step.set(each);
                error.set(String.join("\n", problems));
                return;
            }
        }
        char[] secret = password.get().toCharArray();
        SetupRequest request = toRequest().withAdmin(adminUser.get().trim(), secret, demo.get());
        BackgroundTask.wrap(() -> {
                    creator.create(request);
                    return Boolean.TRUE;
                })
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onSuccess(done -> onCreated.run())
                .onFailure(failure -> error.set(messages.format("wizard.failed",
                        failure instanceof UserMessageException ? failure.getMessage()
                                : messages.get("error.unexpected"))))
                .onFinished(() -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                })
                .executeWith(executor);
    }

    List<String> problemsOf(WizardStep which) {
        List<String> problems = new ArrayList<>();
        switch (which) {
            case PROFILE -> { }
            case CLINIC -> {
                if (name.get().isBlank()) {
                    problems.add(messages.get("wizard.error.name"));
                }
                if (address.get().isBlank()) {
                    problems.add(messages.get("wizard.error.address"));
                }
                if (zoneId() == null) {
                    problems.add(messages.get("wizard.error.zone"));
                }
                if (selectedDays().isEmpty()) {
                    problems.add(messages.get("wizard.error.days"));
                }
                if (opening.get() == null || closing.get() == null || !opening.get().isBefore(closing.get())) {
                    problems.add(messages.get("wizard.error.hours"));
                } else if ((breakStart.get() == null) != (breakEnd.get() == null)
                        || breakStart.get() != null && (!breakStart.get().isBefore(breakEnd.get())
                        || breakStart.get().isBefore(opening.get()) || breakEnd.get().isAfter(closing.get()))) {
                    problems.add(messages.get("wizard.error.break"));
                }
            }
            case RESOURCES -> {
                if (lines(chairs.get()).isEmpty()) {
                    problems.add(messages.get("wizard.error.chairs"));
                }
                if (lines(practitioners.get()).isEmpty()) {
                    problems.add(messages.get("wizard.error.practitioners"));
                }
            }
            case CARE_TYPES -> {
                boolean valid = !careTypes.isEmpty() && careTypes.stream().allMatch(row ->
                        row.labelProperty().get() != null && !row.labelProperty().get().isBlank()
                                && row.durationProperty().get() >= 5 && row.durationProperty().get() <= 480);
                if (!valid) {
                    problems.add(messages.get("wizard.error.careTypes"));
                }
            }
            case ADMIN -> {
                if (!USER.matcher(adminUser.get().trim()).matches()) {
                    problems.add(messages.get("wizard.error.user"));
                }
                if (password.get().length() < 8) {
                    problems.add(messages.get("wizard.error.password"));
                } else if (!password.get().equals(passwordAgain.get())) {
                    problems.add(messages.get("wizard.error.confirm"));
                }
            }
            case SUMMARY -> { }
        }
        return problems;
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone.get().trim());
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private Set<DayOfWeek> selectedDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        workingDays.forEach((day, property) -> {
            if (property.get()) {
                days.add(day);
            }
        });
        return days;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /** The request as the fields say now, without the admin account (added by {@link #finish()}). */
    SetupRequest toRequest() {
        int code;
        try {
            code = Integer.parseInt(callingCode.get().replace("+", "").trim());
        } catch (NumberFormatException e) {
            code = 0;
        }
        List<PractitionerDraft> people = lines(practitioners.get()).stream().map(line -> {
            int separator = line.indexOf(';');
            return separator < 0 ? new PractitionerDraft(line, "")
                    : new PractitionerDraft(line.substring(0, separator).trim(), line.substring(separator + 1).trim());
        }).toList();
        List<CareType> types = careTypes.stream().map(CareTypeRow::toCareType).toList();
        ClinicProfile profile = new ClinicProfile(name.get().trim(), address.get().trim(), zoneId(), code,
                selectedDays(), opening.get(), closing.get(), breakStart.get(), breakEnd.get(), kind.get());
        return new SetupRequest(profile, lines(chairs.get()), people, types, "", new char[0], false);
    }

    /** The summary page: label, value, in the order of the steps. */
    public Map<String, String> summary() {
        SetupRequest request = toRequest();
        ClinicProfile draft = request.profile();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(messages.get("wizard.summary.profile"), draft.name() + "\n" + draft.address() + "\n"
                + draft.zone() + " · +" + draft.countryCallingCode());
        rows.put(messages.get("wizard.summary.days"), Arrays.stream(DayOfWeek.values())
                .filter(draft.workingDays()::contains).map(d -> messages.get("day." + d.name()))
                .collect(Collectors.joining(", ")));
        rows.put(messages.get("wizard.summary.hours"), draft.breakStart() == null
                ? messages.format("wizard.summary.hoursNoBreak", HOURS.format(draft.opening()),
                HOURS.format(draft.closing()))
                : messages.format("wizard.summary.hoursValue", HOURS.format(draft.opening()),
                HOURS.format(draft.closing()), HOURS.format(draft.breakStart()), HOURS.format(draft.breakEnd())));
        rows.put(messages.get("wizard.summary.chairs"), String.join(", ", request.chairNames()));
        rows.put(messages.get("wizard.summary.practitioners"), request.practitioners().stream()
                .map(PractitionerDraft::displayName).collect(Collectors.joining(", ")));
        rows.put(messages.get("wizard.summary.careTypes"), request.careTypes().stream()
                .map(t -> t.label() + " (" + t.durationMinutes() + " min)").collect(Collectors.joining(", ")));
        rows.put(messages.get("wizard.summary.admin"), adminUser.get().trim());
        rows.put(messages.get("wizard.summary.demo"),
                messages.get(demo.get() ? "wizard.summary.yes" : "wizard.summary.no"));
        return rows;
    }

    public String strengthText() {
        return messages.get("wizard.strength." + strength.get().name().toLowerCase(java.util.Locale.ROOT));
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() { return step.getReadOnlyProperty(); }
    public WizardStep getStep() { return step.get(); }
    public ObjectProperty<ClinicKind> kindProperty() { return kind; }
    public StringProperty nameProperty() { return name; }
    public StringProperty addressProperty() { return address; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty callingCodeProperty() { return callingCode; }
    public BooleanProperty workingDayProperty(DayOfWeek day) { return workingDays.get(day); }
    public ObjectProperty<LocalTime> openingProperty() { return opening; }
    public ObjectProperty<LocalTime> closingProperty() { return closing; }
    public ObjectProperty<LocalTime> breakStartProperty() { return breakStart; }
    public ObjectProperty<LocalTime> breakEndProperty() { return breakEnd; }
    public StringProperty chairsProperty() { return chairs; }
    public StringProperty practitionersProperty() { return practitioners; }
    public ObservableList<CareTypeRow> getCareTypes() { return careTypes; }
    public StringProperty adminUserProperty() { return adminUser; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty passwordAgainProperty() { return passwordAgain; }
    public ObjectBinding<PasswordStrength> strengthBinding() { return strength; }
    public BooleanProperty demoProperty() { return demo; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty joiningProperty() { return joining.getReadOnlyProperty(); }
    public JoinClinicViewModel join() { return join; }
}
