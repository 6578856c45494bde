package nova.ui.consultation;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import nova.agenda.domain.AppointmentView;
import nova.clinic.domain.ClinicKind;
import nova.clinic.domain.Practitioner;
import nova.consultation.domain.Consultation;
import nova.consultation.domain.ConsultationDraft;
import nova.consultation.domain.Diagnosis;
import nova.consultation.domain.Prescription;
import nova.consultation.domain.Procedure;
import nova.consultation.domain.Referral;
import nova.consultation.domain.ReferralStatus;
import nova.consultation.domain.ReferralUrgency;
import nova.referral.domain.ReferralSite;
import nova.referral.domain.SentReferralState;
import nova.consultation.domain.Vitals;
import nova.patient.domain.PatientSummary;
import nova.ui.consultation.ConsultationLines.DiagnosisLine;
import nova.ui.consultation.ConsultationLines.PrescriptionLine;
import nova.ui.consultation.ConsultationLines.ProcedureLine;
import nova.ui.session.ClinicSnapshot;
import nova.ui.session.ConsultationDesk;
import nova.ui.support.BackgroundTask;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consultation form: a new consultation for an appointment or a patient, or a recorded one reopened. Fields
 * are text as typed (« 37,8 », « 12/8 »), read into numbers on saving with a French message when they cannot be;
 * the service then checks plausibility and the user's role. Loading and saving run in the background.
 */
public final class ConsultationViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationViewModel.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter ANSWERED =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH);
    private static final Pattern PRESSURE = Pattern.compile("\\s*(\\d{1,3})\\s*[/-]\\s*(\\d{1,3})\\s*");

    private final ConsultationDesk desk;
    private final ClinicSnapshot clinic;
    private final TaskExecutor executor;
    private final Clock clock;

    private UUID consultationId;
    private UUID patientId;
    private UUID appointmentId;
    private Instant seenAt;

    private final ReadOnlyStringWrapper patientName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Practitioner> practitioner = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty temperature = new SimpleStringProperty("");
    private final StringProperty pulse = new SimpleStringProperty("");
    private final StringProperty bloodPressure = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final StringProperty examination = new SimpleStringProperty("");
    private final ObservableList<DiagnosisLine> diagnoses = FXCollections.observableArrayList();
    private final ObservableList<ProcedureLine> procedures = FXCollections.observableArrayList();
    private final ObservableList<PrescriptionLine> prescriptions = FXCollections.observableArrayList();
    private final BooleanProperty referred = new SimpleBooleanProperty(false);
    private final StringProperty referralDestination = new SimpleStringProperty("");
    private final StringProperty referralReason = new SimpleStringProperty("");
    private final ObjectProperty<ReferralStatus> referralStatus = new SimpleObjectProperty<>(ReferralStatus.TO_ARRANGE);
    private final ObservableList<ReferralSite> destinations = FXCollections.observableArrayList();
    private final ObjectProperty<ReferralSite> referralSite = new SimpleObjectProperty<>();
    /** The sites of the kept directory, once read; a chosen site missing from it was removed from the hub. */
    private java.util.Set<String> listedSiteIds;
    private final ObjectProperty<ReferralUrgency> referralUrgency = new SimpleObjectProperty<>(ReferralUrgency.ROUTINE);
    private final ReadOnlyStringWrapper referralAnswer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Consultation> saved = new ReadOnlyObjectWrapper<>();
    private String baseline = "";

    public ConsultationViewModel(ConsultationDesk desk, ClinicSnapshot clinic, TaskExecutor executor, Clock clock) {
        this.desk = Objects.requireNonNull(desk);
        this.clinic = Objects.requireNonNull(clinic);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        // A NOVA site chosen as destination names the referral; « Autre structure » leaves the name to type.
        referralSite.addListener((obs, was, now) -> {
            if (now != null) {
                referralDestination.set(now.name());
            } else if (was != null && was.name().equals(referralDestination.get())) {
                referralDestination.set("");
            }
        });
    }

    /** The other NOVA sites, read in the background (they are kept locally: offline works too). */
    private void loadDestinations() {
        BackgroundTask.wrap(desk::referralDestinations)
                .onSuccess(sites -> {
                    ReferralSite chosen = referralSite.get();
                    listedSiteIds = sites.stream().map(ReferralSite::siteId)
                            .collect(java.util.stream.Collectors.toUnmodifiableSet());
                    destinations.setAll(sites);
                    if (chosen != null && sites.stream().noneMatch(s -> s.siteId().equals(chosen.siteId()))) {
                        destinations.add(chosen);
                    }
                    if (chosen != null) {
                        sites.stream().filter(s -> s.siteId().equals(chosen.siteId())).findFirst()
                                .ifPresent(referralSite::set);
                    }
                })
                .onFailure(failure -> LOG.warn("event=referral_destinations_unreadable", failure))
                .executeWith(executor);
    }

    private void showAnswer(Referral r) {
        referralAnswer.set("");
        if (r == null || !r.addressed()) {
            return;
        }
        BackgroundTask.wrap(() -> desk.referralAnswer(r))
                .onSuccess(state -> referralAnswer.set(state.map(this::answerText).orElse("")))
                .onFailure(failure -> LOG.warn("event=referral_answer_unreadable", failure))
                .executeWith(executor);
    }

    private String answerText(SentReferralState state) {
        String at = state.at() == null ? "" : " le " + ANSWERED.format(state.at().atZone(clinic.profile().zone()));
        return switch (state.progress()) {
            case NEW -> "Adressée à " + state.destination() + " : pas encore ouverte là-bas.";
            case SEEN -> "Vue par " + state.destination() + at + ".";
            case RECEIVED -> "Reçue par " + state.destination() + at + ".";
            case HANDLED -> "Traitée par " + state.destination() + at + ".";
        };
    }

    // ---- starting

    /**
     * The consultation of an appointment: the one recorded for it, reopened, or a new one dated at the
     * appointment (when it has begun) with its practitioner and the desk's note as the motif to start from.
     */
    public void startFor(AppointmentView appointment) {
        patientId = appointment.patientId();
        appointmentId = appointment.id();
        patientName.set(appointment.patientName());
        practitioner.set(practitionerOf(appointment.practitionerId()));
        Instant now = clock.instant();
        seenAt = appointment.start().toInstant().isBefore(now) ? appointment.start().toInstant() : now;
        reason.set(appointment.notes() == null ? "" : appointment.notes().strip());
        loadDestinations();
        refreshSubtitle(null);
        baseline = fingerprint();
        this.<Consultation>run(() -> {
            var existing = desk.forAppointment(appointment.id());
            return existing.isPresent() ? desk.open(existing.get().id()) : null;
        }, found -> {
            if (found != null) {
                fill(found);
            }
        });
    }

    /** A new consultation from the patient card (a visit without appointment), dated now. */
    public void startFor(PatientSummary patient) {
        patientId = patient.id();
        appointmentId = null;
        patientName.set(patient.fullName());
        seenAt = clock.instant();
        loadDestinations();
        refreshSubtitle(null);
        baseline = fingerprint();
    }

    /** A recorded consultation, reopened to read or complete it. */
    public void reopen(PatientSummary patient, UUID id) {
        patientId = patient.id();
        patientName.set(patient.fullName());
        loadDestinations();
        this.<Consultation>run(() -> desk.open(id), this::fill);
    }

    private void fill(Consultation c) {
        consultationId = c.id();
        patientId = c.patientId();
        appointmentId = c.appointmentId();
        seenAt = c.seenAt();
        practitioner.set(practitionerOf(c.practitionerId()));
        reason.set(text(c.reason()));
        Vitals v = c.vitals();
        temperature.set(decimal(v.temperatureC()));
        pulse.set(v.pulseBpm() == null ? "" : v.pulseBpm().toString());
        bloodPressure.set(v.systolicMmHg() == null ? "" : v.systolicMmHg() + "/" + v.diastolicMmHg());
        weight.set(decimal(v.weightKg()));
        examination.set(text(c.examination()));
        diagnoses.setAll(c.diagnoses().stream().map(d -> {
            DiagnosisLine line = new DiagnosisLine();
            line.codeProperty().set(text(d.icd10Code()));
            line.labelProperty().set(text(d.label()));
            return line;
        }).toList());
        procedures.setAll(c.procedures().stream().map(p -> {
            ProcedureLine line = new ProcedureLine();
            line.actProperty().set(text(p.act()));
            line.siteProperty().set(text(p.site()));
            return line;
        }).toList());
        prescriptions.setAll(c.prescriptions().stream().map(p -> {
            PrescriptionLine line = new PrescriptionLine();
            line.medicationProperty().set(text(p.medication()));
            line.dosageProperty().set(text(p.dosage()));
            line.daysProperty().set(p.durationDays() == null ? "" : p.durationDays().toString());
            return line;
        }).toList());
        Referral r = c.referral();
        referred.set(r != null);
        referralDestination.set(r == null ? "" : text(r.destination()));
        referralReason.set(r == null ? "" : text(r.reason()));
        referralStatus.set(r == null ? ReferralStatus.TO_ARRANGE : r.status());
        referralUrgency.set(r == null ? ReferralUrgency.ROUTINE : r.urgency());
        referralSite.set(r == null || !r.addressed() ? null : destinations.stream()
                .filter(s -> s.siteId().equals(r.targetSiteId())).findFirst()
                .orElseGet(() -> {
                    ReferralSite known = new ReferralSite(r.targetSiteId(), r.destination(), null);
                    destinations.add(known);
                    return known;
                }));
        referralDestination.set(r == null ? "" : text(r.destination()));
        showAnswer(r);
        saved.set(c);
        refreshSubtitle(c);
        baseline = fingerprint();
    }

    /** Whether the form holds something typed since it was opened or last saved (« Fermer » then asks first). */
    public boolean hasUnsavedChanges() {
        return !baseline.equals(fingerprint());
    }

    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        java.util.function.Consumer<Object> add = value -> all.append(value == null ? "" : value.toString().strip())
                .append('\u0001');
        add.accept(practitioner.get() == null ? null : practitioner.get().id());
        List.of(reason, temperature, pulse, bloodPressure, weight, examination, referralDestination, referralReason)
                .forEach(p -> add.accept(p.get()));
        add.accept(referred.get());
        add.accept(referralStatus.get());
        add.accept(referralUrgency.get());
        add.accept(referralSite.get() == null ? null : referralSite.get().siteId());
        diagnoses.forEach(l -> { add.accept(l.codeProperty().get()); add.accept(l.labelProperty().get()); });
        procedures.forEach(l -> { add.accept(l.actProperty().get()); add.accept(l.siteProperty().get()); });
        prescriptions.forEach(l -> {
            add.accept(l.medicationProperty().get());
            add.accept(l.dosageProperty().get());
            add.accept(l.daysProperty().get());
        });
        return all.toString();
    }

    // ---- lines

    public DiagnosisLine addDiagnosis() {
        DiagnosisLine line = new DiagnosisLine();
        diagnoses.add(line);
        return line;
    }

    public ProcedureLine addProcedure() {
        ProcedureLine line = new ProcedureLine();
        procedures.add(line);
        return line;
    }

    public PrescriptionLine addPrescription() {
        PrescriptionLine line = new PrescriptionLine();
        prescriptions.add(line);
        return line;
    }

    // ---- saving and printing

    /** Saves in the background; {@code onSaved} runs once it is done (the form stays as it is on a refusal). */
    public void save(Runnable onSaved) {
        ConsultationDraft draft;
        try {
            draft = draft();
        } catch (UserMessageException unreadable) {
            error.set(unreadable.getMessage());
            return;
        }
        this.<Consultation>run(() -> desk.save(draft), consultation -> {
            fill(consultation);
            notice.set("Consultation enregistrée.");
            onSaved.run();
        });
    }

    /** Saves, then writes the ordonnance to {@code target}; {@code onWritten} gets the file. */
    public void printOrdonnance(Path target, Consumer<Path> onWritten) {
        save(() -> {
            UUID id = consultationId;
            this.<Path>run(() -> {
                Files.write(target, desk.ordonnance(id));
                return target;
            }, onWritten);
        });
    }

    /** "ordonnance-HADJ-2026-11-22.pdf" */
    public String ordonnanceFileName() {
        String name = patientName.get().split("\\s+")[0].replaceAll("[^\\p{L}0-9-]", "");
        return "ordonnance-" + name + "-" + seenAt().atZone(clinic.profile().zone()).toLocalDate() + ".pdf";
    }

    ConsultationDraft draft() throws UserMessageException {
        List<Diagnosis> diagnosisList = new ArrayList<>();
        for (DiagnosisLine line : diagnoses) {
            diagnosisList.add(new Diagnosis(line.codeProperty().get(), line.labelProperty().get()));
        }
        List<Procedure> procedureList = new ArrayList<>();
        for (ProcedureLine line : procedures) {
            procedureList.add(new Procedure(line.actProperty().get(), line.siteProperty().get()));
        }
        List<Prescription> prescriptionList = new ArrayList<>();
        for (PrescriptionLine line : prescriptions) {
            prescriptionList.add(new Prescription(line.medicationProperty().get(), line.dosageProperty().get(),
                    whole(line.daysProperty().get(), "La durée de « " + line.medicationProperty().get().strip()
                            + " »", "jours")));
        }
        Integer[] pressure = pressure(bloodPressure.get());
        Vitals vitals = new Vitals(number(temperature.get(), "La température", "37,5"),
                whole(pulse.get(), "Le pouls", "battements par minute"), pressure[0], pressure[1],
                number(weight.get(), "Le poids", "62,5"));
        ReferralSite site = referralSite.get();
        Referral referral = referred.get() ? new Referral(referralDestination.get(), referralReason.get(),
                referralStatus.get(), referralUrgency.get(), site == null ? null : site.siteId(), null) : null;
        Practitioner chosen = practitioner.get();
        return new ConsultationDraft(consultationId, patientId, appointmentId, chosen == null ? null : chosen.id(),
                seenAt, reason.get(), vitals, examination.get(), diagnosisList, procedureList, prescriptionList,
                referral);
    }

    private <V> void run(java.util.concurrent.Callable<V> work, Consumer<? super V> then) {
        error.set("");
        notice.set("");
        BackgroundTask.wrap(work)
                .onRunning(() -> working.set(true))
                .onSuccess(then)
                .onFailure(failure -> {
                    if (failure instanceof UserMessageException refused) {
                        error.set(refused.getMessage());
                    } else {
                        LOG.error("event=consultation_task_failed", failure);
                        error.set("L'opération n'a pas pu être faite (voir le journal).");
                    }
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    // ---- parsing what was typed

    private static BigDecimal number(String typed, String what, String example) throws UserMessageException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.').replaceAll("\\s", ""));
        } catch (NumberFormatException e) {
            throw new UserMessageException(what + " « " + typed.strip() + " » n'est pas un nombre (exemple : "
                    + example + ").");
        }
    }

    private static Integer whole(String typed, String what, String unit) throws UserMessageException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new UserMessageException(what + " doit être un nombre entier de " + unit + " (valeur saisie : "
                    + typed.strip() + ").");
        }
    }

    /**
     * "120/80" in mmHg; "12/8" is the same pressure written in cmHg, as many doctors do: no living patient has a
     * systolic pressure of 12 mmHg, so the reading is unambiguous.
     */
    static Integer[] pressure(String typed) throws UserMessageException {
        if (typed == null || typed.isBlank()) {
            return new Integer[] {null, null};
        }
        Matcher m = PRESSURE.matcher(typed);
        if (!m.matches()) {
            throw new UserMessageException("La tension « " + typed.strip() + " » se note systolique/diastolique, "
                    + "par exemple 120/80 ou 12/8.");
        }
        int systolic = Integer.parseInt(m.group(1));
        int diastolic = Integer.parseInt(m.group(2));
        if (systolic < 30 && diastolic < 30) {
            systolic *= 10;
            diastolic *= 10;
        }
        return new Integer[] {systolic, diastolic};
    }

    // ---- display

    private void refreshSubtitle(Consultation c) {
        String when = capitalize(WHEN.format(seenAt().atZone(clinic.profile().zone())));
        String by = c == null ? "Nouvelle consultation" : "Enregistrée par " + c.author();
        subtitle.set(when + " · " + by);
    }

    private Instant seenAt() {
        return seenAt == null ? clock.instant() : seenAt;
    }

    private Practitioner practitionerOf(UUID id) {
        return id == null ? null : clinic.practitioners().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElse(null);
    }

    /** A dental cabinet records acts on teeth; a CSCOM takes the constants first. */
    public boolean dental() {
        return clinic.profile().kind() == ClinicKind.DENTAL_CABINET;
    }

    public boolean mayWrite() {
        return desk.mayWrite();
    }

    public List<Practitioner> practitioners() {
        return clinic.practitioners();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    public ReadOnlyStringProperty patientNameProperty() { return patientName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    public ObjectProperty<Practitioner> practitionerProperty() { return practitioner; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty temperatureProperty() { return temperature; }
    public StringProperty pulseProperty() { return pulse; }
    public StringProperty bloodPressureProperty() { return bloodPressure; }
    public StringProperty weightProperty() { return weight; }
    public StringProperty examinationProperty() { return examination; }
    public ObservableList<DiagnosisLine> diagnoses() { return diagnoses; }
    public ObservableList<ProcedureLine> procedures() { return procedures; }
    public ObservableList<PrescriptionLine> prescriptions() { return prescriptions; }
    public BooleanProperty referredProperty() { return referred; }
    public StringProperty referralDestinationProperty() { return referralDestination; }
    public StringProperty referralReasonProperty() { return referralReason; }
    public ObjectProperty<ReferralStatus> referralStatusProperty() { return referralStatus; }
    /**
     * Whether {@code site} (the one a reopened referral was addressed to) is no longer in the hub's directory: it
     * keeps its last name, marked, and nothing new can be sent there (decision 0216).
     */
    public boolean removedFromHub(ReferralSite site) {
        return site != null && listedSiteIds != null && !listedSiteIds.contains(site.siteId());
    }

    /** The NOVA sites offered as destinations; a null choice means « Autre structure » (free text). */
    public ObservableList<ReferralSite> referralDestinations() { return destinations; }
    public ObjectProperty<ReferralSite> referralSiteProperty() { return referralSite; }
    public ObjectProperty<ReferralUrgency> referralUrgencyProperty() { return referralUrgency; }
    /** What the addressee answered (« Vue par … le … »); empty for a referral not sent through the hub. */
    public ReadOnlyStringProperty referralAnswerProperty() { return referralAnswer.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty workingProperty() { return working.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Consultation> savedProperty() { return saved.getReadOnlyProperty(); }
}
