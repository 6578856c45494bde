package nova.ui.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.ClinicProfile;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.ui.session.AppointmentBook;
import nova.ui.session.ClinicSnapshot;
import nova.ui.session.PatientDirectory;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * The booking dialog: find or create the patient, choose care type (its duration by default), practitioner, chair,
 * date and a start on a 15-minute step. Validation is French and local; the service's refusal (overlap, hours) is
 * shown as it comes, and nothing the user typed is lost.
 */
public final class BookingViewModel {

    static final int SEARCH_LIMIT = 30;
    static final int STEP_MINUTES = 15;

    private final ClinicSnapshot clinic;
    private final PatientDirectory patients;
    private final AppointmentBook book;
    private final TaskExecutor executor;
    private final Messages messages;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<PatientSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchHint = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PatientSummary> patient = new SimpleObjectProperty<>();

    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty village = new SimpleStringProperty("");
    private final BooleanProperty creatingPatient = new SimpleBooleanProperty(false);

    private final ObjectProperty<CareType> careType = new SimpleObjectProperty<>();
    private final IntegerProperty duration = new SimpleIntegerProperty(0);
    private final ObjectProperty<Practitioner> practitioner = new SimpleObjectProperty<>();
    private final ObjectProperty<Chair> chair = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>();
    private final ObservableList<LocalTime> startTimes = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper patientError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long searchGeneration;

    private final Clock clock;

    public BookingViewModel(ClinicSnapshot clinic, PatientDirectory patients, AppointmentBook book,
                            TaskExecutor executor, Messages messages, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.clinic = Objects.requireNonNull(clinic);
        this.patients = Objects.requireNonNull(patients);
        this.book = Objects.requireNonNull(book);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        startTimes.setAll(buildStartTimes(clinic.profile()));
        careType.addListener((obs, old, now) -> duration.set(now == null ? 0 : now.durationMinutes()));
        searchText.addListener((obs, old, now) -> search(now));
        searchHint.set(messages.get("booking.search.hint"));
        if (!clinic.careTypes().isEmpty()) {
            careType.set(clinic.careTypes().getFirst());
        }
        if (clinic.practitioners().size() == 1) {
            practitioner.set(clinic.practitioners().getFirst());
        }
        if (clinic.chairs().size() == 1) {
            chair.set(clinic.chairs().getFirst());
        }
    }

    /** Pre-fills the slot the user double-clicked (or the current date for the toolbar button). */
    public void prefill(LocalDate day, LocalTime time, Chair chosenChair, Practitioner chosenPractitioner) {
        date.set(day);
        if (time != null) {
            start.set(nearestStep(time));
        } else if (!startTimes.isEmpty()) {
            // No slot chosen: the next quarter hour when booking for today, else the opening time.
            ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(clinic.profile().zone());
            LocalTime next = now.toLocalTime().plusMinutes(STEP_MINUTES - 1);
            start.set(day != null && day.equals(now.toLocalDate()) && next.isAfter(startTimes.getFirst())
                    && next.isBefore(startTimes.getLast()) ? nearestStep(next) : startTimes.getFirst());
        }
        if (chosenChair != null) {
            chair.set(chosenChair);
        }
        if (chosenPractitioner != null) {
            practitioner.set(chosenPractitioner);
        }
    }

    private LocalTime nearestStep(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        minute = minute / STEP_MINUTES * STEP_MINUTES;
        LocalTime stepped = LocalTime.of(minute / 60, minute % 60);
        return startTimes.contains(stepped) || startTimes.isEmpty() ? stepped
                : startTimes.stream().filter(t -> !t.isBefore(stepped)).findFirst().orElse(startTimes.getLast());
    }

    static List<LocalTime> buildStartTimes(ClinicProfile profile) {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = profile.opening(); t.isBefore(profile.closing()); t = t.plusMinutes(STEP_MINUTES)) {
            times.add(t);
            if (t.plusMinutes(STEP_MINUTES).isBefore(t)) {
                break;
            }
        }
        return times;
    }

    private void search(String text) {
        long ticket = ++searchGeneration;
        String query = text == null ? "" : text.trim();
        if (query.length() < 2) {
            results.clear();
            searchHint.set(messages.get("booking.search.hint"));
            return;
        }
        BackgroundTask.wrap(() -> patients.search(query, SEARCH_LIMIT))
                .onSuccess(found -> {
                    // Typing fast starts several searches; only the answer to the last one is shown.
                    if (ticket == searchGeneration) {
                        results.setAll(found);
                        searchHint.set(found.isEmpty() ? messages.get("booking.search.none") : "");
                    }
                })
                .onFailure(failure -> {
                    if (ticket == searchGeneration) {
                        results.clear();
                        searchHint.set(messages.get("error.unexpected"));
                    }
                })
                .executeWith(executor);
    }

    /** Validates the quick-creation form, creates the patient in the background and selects them. */
    public void createPatient() {
        List<String> problems = validatePatient();
        if (!problems.isEmpty()) {
            patientError.set(String.join("\n", problems));
            return;
        }
        Integer year = birthYear.get().isBlank() ? null : Integer.valueOf(birthYear.get().trim());
        NewPatient draft = new NewPatient(lastName.get().trim(), blankToNull(firstName.get()),
                sex.get() == null ? Sex.UNKNOWN : sex.get(), year, null, blankToNull(phone.get()),
                blankToNull(village.get()), null);
        BackgroundTask.wrap(() -> patients.create(draft))
                .onRunning(() -> {
                    busy.set(true);
                    patientError.set("");
                })
                .onSuccess(created -> {
                    patient.set(created);
                    creatingPatient.set(false);
                    error.set("");
                })
                .onFailure(failure -> patientError.set(userText(failure)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    List<String> validatePatient() {
        List<String> problems = new ArrayList<>();
        if (lastName.get().isBlank()) {
            problems.add(messages.get("booking.error.lastName"));
        }
        if (!birthYear.get().isBlank()) {
            int max = Year.now().getValue();
            try {
                int year = Integer.parseInt(birthYear.get().trim());
                if (year < 1900 || year > max) {
                    problems.add(messages.format("booking.error.birthYear", String.valueOf(max)));
                }
            } catch (NumberFormatException e) {
                problems.add(messages.format("booking.error.birthYear", String.valueOf(max)));
            }
        }
        return problems;
    }

    /** The booking's problems, in the order of the form; empty when it may be sent to the service. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (patient.get() == null) {
            problems.add(messages.get("booking.error.patient"));
        }
        if (careType.get() == null) {
            problems.add(messages.get("booking.error.careType"));
        }
        if (duration.get() < 5 || duration.get() > 480) {
            problems.add(messages.get("booking.error.duration"));
        }
        if (practitioner.get() == null) {
            problems.add(messages.get("booking.error.practitioner"));
        }
        if (chair.get() == null) {
            problems.add(messages.get("booking.error.chair"));
        }
        if (date.get() == null) {
            problems.add(messages.get("booking.error.date"));
        }
        if (start.get() == null) {
            problems.add(messages.get("booking.error.start"));
        }
        return problems;
    }

    /** Sends the booking; on success the dialog closes through {@code onBooked}, on refusal the reason shows. */
    public void book(Consumer<AppointmentView> onBooked) {
        if (busy.get()) {
            return;
        }
        List<String> problems = validate();
        if (!problems.isEmpty()) {
            error.set(String.join("\n", problems));
            return;
        }
        ZonedDateTime when = ZonedDateTime.of(date.get(), start.get(), clinic.profile().zone());
        int minutes = duration.get() == careType.get().durationMinutes() ? 0 : duration.get();
        BookingRequest request = new BookingRequest(patient.get().id(), careType.get().code(),
                practitioner.get().id(), chair.get().id(), when, minutes, blankToNull(notes.get()), "gui");
        BackgroundTask.wrap(() -> book.book(request))
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onSuccess(onBooked::accept)
                .onFailure(failure -> error.set(userText(failure)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private String userText(Throwable failure) {
        return failure instanceof UserMessageException ? failure.getMessage() : messages.get("error.unexpected");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ClinicSnapshot clinic() { return clinic; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObservableList<PatientSummary> getResults() { return results; }
    public ReadOnlyStringProperty searchHintProperty() { return searchHint.getReadOnlyProperty(); }
    public ObjectProperty<PatientSummary> patientProperty() { return patient; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty firstNameProperty() { return firstName; }
    public ObjectProperty<Sex> sexProperty() { return sex; }
    public StringProperty birthYearProperty() { return birthYear; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty villageProperty() { return village; }
    public BooleanProperty creatingPatientProperty() { return creatingPatient; }
    public ObjectProperty<CareType> careTypeProperty() { return careType; }
    public IntegerProperty durationProperty() { return duration; }
    public ObjectProperty<Practitioner> practitionerProperty() { return practitioner; }
    public ObjectProperty<Chair> chairProperty() { return chair; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<LocalTime> startProperty() { return start; }
    public ObservableList<LocalTime> getStartTimes() { return startTimes; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty patientErrorProperty() { return patientError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
