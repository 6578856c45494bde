package nova.ui.referral;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nova.consultation.domain.ReferralUrgency;
import nova.patient.domain.NewPatient;
import nova.patient.domain.PatientSummary;
import nova.patient.domain.Sex;
import nova.referral.domain.ReceivedReferral;
import nova.referral.domain.ReferralDetails;
import nova.referral.domain.ReferralProgress;
import nova.ui.session.PatientDirectory;
import nova.ui.session.ReferralDesk;
import nova.ui.support.BackgroundTask;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The « Orientations reçues » tab: referrals other NOVA sites addressed to this one, opened, marked « reçue » or
 * « traitée » (the sender sees it), and turned into a patient record of this site after a duplicate check.
 */
public final class ReceivedReferralsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReceivedReferralsViewModel.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH);

    private final ReferralDesk desk;
    private final PatientDirectory patients;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<List<ReceivedReferral>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper unopened = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public ReceivedReferralsViewModel(ReferralDesk desk, PatientDirectory patients, TaskExecutor executor, ZoneId zone,
                                      Clock clock) {
        this.desk = Objects.requireNonNull(desk);
        this.patients = Objects.requireNonNull(patients);
        this.executor = Objects.requireNonNull(executor);
        this.zone = Objects.requireNonNull(zone);
        this.clock = Objects.requireNonNull(clock);
    }

    public void refresh() {
        BackgroundTask.wrap(desk::received)
                .onSuccess(this::show)
                .onFailure(failure -> {
                    LOG.warn("event=referrals_unreadable", failure);
                    error.set("La liste des orientations reçues n'a pas pu être lue (voir le journal).");
                })
                .executeWith(executor);
    }

    /** Opens one; {@code then} gets its details, and the line shows « Vue » once it has answered so. */
    public void open(UUID id, Consumer<ReferralDetails> then) {
        BackgroundTask.wrap(() -> desk.open(id))
                .onSuccess(details -> {
                    error.set("");
                    replace(details.referral());
                    then.accept(details);
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    public void mark(UUID id, ReferralProgress step) {
        BackgroundTask.wrap(() -> desk.mark(id, step))
                .onSuccess(marked -> {
                    error.set("");
                    // The list was behind: another desk had gone further, and a step never goes back (0215).
                    notice.set(marked.progress().compareTo(step) > 0 ? "Déjà plus avancée sur un autre poste : « "
                            + progressText(marked) + " ». Une orientation ne revient pas en arrière." : "");
                    replace(marked);
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /**
     * Patients of this site who may be the referred one (same name, or same phone): shown before creating a
     * record, so that a patient already known here is not created twice.
     */
    public void candidates(ReceivedReferral referral, Consumer<List<PatientSummary>> then) {
        BackgroundTask.wrap(() -> {
                    Map<UUID, PatientSummary> found = new LinkedHashMap<>();
                    for (String query : queries(referral)) {
                        patients.search(query, 10).forEach(p -> found.putIfAbsent(p.id(), p));
                    }
                    return List.copyOf(found.values());
                })
                .onSuccess(then)
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    private static List<String> queries(ReceivedReferral referral) {
        List<String> queries = new ArrayList<>();
        queries.add(referral.patientName());
        if (referral.phone() != null && !referral.phone().isBlank()) {
            // The local part: the directory matches phones as typed at this desk, without the country code.
            String digits = referral.phone().replaceAll("\\D", "");
            queries.add(digits.length() > 8 ? digits.substring(digits.length() - 8) : digits);
        }
        return queries;
    }

    /** The patient record this referral prefills; the desk may correct it before creating it. */
    public NewPatient prefilled(ReceivedReferral referral) {
        Sex sex;
        try {
            sex = referral.sex() == null ? Sex.UNKNOWN : Sex.valueOf(referral.sex());
        } catch (IllegalArgumentException e) {
            sex = Sex.UNKNOWN;
        }
        return new NewPatient(referral.lastName(), referral.firstName(), sex,
                referral.birthDate() == null ? referral.birthYear() : null, referral.birthDate(), referral.phone(),
                null, null);
    }

    /** Creates the patient here and links the referral to it; {@code then} gets the new record. */
    public void createPatient(ReceivedReferral referral, NewPatient patient, Consumer<PatientSummary> then) {
        BackgroundTask.wrap(() -> {
                    PatientSummary created = patients.create(patient);
                    return new Linked(created, desk.linkPatient(referral.id(), created.id()));
                })
                .onSuccess(linked -> {
                    error.set("");
                    replace(linked.referral());
                    then.accept(linked.patient());
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /** The patient was already known here: the referral is linked to that record. */
    public void usePatient(ReceivedReferral referral, PatientSummary patient, Consumer<PatientSummary> then) {
        BackgroundTask.wrap(() -> desk.linkPatient(referral.id(), patient.id()))
                .onSuccess(linked -> {
                    error.set("");
                    replace(linked);
                    then.accept(patient);
                })
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    /** The linked patient of a referral, as the booking dialog takes it (empty when none is linked yet). */
    public void linkedPatient(ReceivedReferral referral, Consumer<java.util.Optional<PatientSummary>> then) {
        if (referral.localPatientId() == null) {
            then.accept(java.util.Optional.empty());
            return;
        }
        BackgroundTask.wrap(() -> desk.patientOf(referral.localPatientId()))
                .onSuccess(then)
                .onFailure(this::showFailure)
                .executeWith(executor);
    }

    // ---- texts

    /** « CSCOM de Kalaban · 21/11/2026 · Urgente » */
    public String originText(ReceivedReferral r) {
        return r.fromSite() + " · " + DAY.format(r.referredAt().atZone(zone))
                + (r.urgency() == ReferralUrgency.ROUTINE ? "" : " · " + r.urgency().label());
    }

    /** « Nouvelle », « Vue le 21/11/2026 à 10:12 », « Annulée par l'expéditeur ». */
    public String progressText(ReceivedReferral r) {
        if (r.cancelled()) {
            return "Annulée par l'expéditeur";
        }
        return r.progressAt() == null ? r.progress().label()
                : r.progress().label() + " le " + AT.format(r.progressAt().atZone(zone));
    }

    /** « Née le 14/03/2019 (7 ans) », « Né en 1990 ». */
    public String birthText(ReceivedReferral r) {
        String born = "FEMALE".equals(r.sex()) ? "Née" : "Né";
        if (r.birthDate() != null) {
            int age = java.time.Period.between(r.birthDate(), clock.instant().atZone(zone).toLocalDate()).getYears();
            return born + " le " + DAY.format(r.birthDate()) + " (" + age + (age > 1 ? " ans)" : " an)");
        }
        return r.birthYear() == null ? "" : born + " en " + r.birthYear();
    }

    public String sentText(ReceivedReferral r) {
        return "Envoyée le " + AT.format(r.referredAt().atZone(zone))
                + (r.practitioner() == null ? "" : " par " + r.practitioner());
    }

    private void show(List<ReceivedReferral> list) {
        lines.set(List.copyOf(list));
        unopened.set((int) list.stream().filter(r -> !r.cancelled() && r.progress() == ReferralProgress.NEW).count());
    }

    private void replace(ReceivedReferral changed) {
        List<ReceivedReferral> next = new ArrayList<>(lines.get());
        next.replaceAll(r -> r.id().equals(changed.id()) ? changed : r);
        show(next);
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof UserMessageException refused) {
            error.set(refused.getMessage());
        } else {
            LOG.error("event=referral_task_failed", failure);
            error.set("L'opération n'a pas pu être faite (voir le journal).");
        }
    }

    private record Linked(PatientSummary patient, ReceivedReferral referral) {
    }

    public ReadOnlyObjectProperty<List<ReceivedReferral>> linesProperty() { return lines.getReadOnlyProperty(); }
    /** Referrals nobody here has opened yet (the tab's count). */
    public ReadOnlyIntegerProperty unopenedProperty() { return unopened.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** What became of an action the list was behind for (not an error). */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
