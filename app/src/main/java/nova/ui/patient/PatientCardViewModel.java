package nova.ui.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nova.agenda.domain.AppointmentView;
import nova.consultation.domain.ConsultationLine;
import nova.patient.domain.PatientSummary;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.TaskExecutor;

/**
 * The patient card: search (accent- and typo-tolerant, by phone in any format: the patient service's), the chosen
 * patient's identity, their appointments split into upcoming (soonest first) and past (latest first), and their
 * consultations.
 */
public final class PatientCardViewModel {

    private final DeskSession session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<PatientSummary>> results = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<PatientSummary> patient = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<AppointmentView>> upcoming = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<AppointmentView>> past = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ConsultationLine>> consultations = new ReadOnlyObjectWrapper<>(List.of());
    private long searchTicket;
    private long loadTicket;

    public PatientCardViewModel(DeskSession session, TaskExecutor executor, Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        searchText.addListener((obs, old, now) -> search(now));
        patient.addListener((obs, old, now) -> load(now));
    }

    private void search(String text) {
        long ticket = ++searchTicket;
        String query = text == null ? "" : text.strip();
        if (query.length() < 2) {
            results.set(List.of());
            return;
        }
        BackgroundTask.wrap(() -> session.patients().search(query, 20))
                .onSuccess(found -> {
                    if (ticket == searchTicket) {
                        results.set(List.copyOf(found));
                        if (patient.get() == null && !found.isEmpty()) {
                            patient.set(found.getFirst());
                        }
                    }
                })
                .executeWith(executor);
    }

    /** Loads the chosen patient's appointments (again: after a booking made from the card). */
    public void load(PatientSummary chosen) {
        long ticket = ++loadTicket;
        if (chosen == null) {
            upcoming.set(List.of());
            past.set(List.of());
            consultations.set(List.of());
            return;
        }
        session.consultations().ifPresent(desk -> BackgroundTask.wrap(() -> desk.historyOf(chosen.id()))
                .onSuccess(lines -> {
                    if (ticket == loadTicket) {
                        consultations.set(List.copyOf(lines));
                    }
                })
                .executeWith(executor));
        Instant now = clock.instant();
        BackgroundTask.wrap(() -> session.appointments().forPatient(chosen.id()))
                .onSuccess(all -> {
                    if (ticket != loadTicket) {
                        return;
                    }
                    upcoming.set(all.stream().filter(a -> !a.end().toInstant().isBefore(now))
                            .sorted(Comparator.comparing(AppointmentView::start)).toList());
                    past.set(all.stream().filter(a -> a.end().toInstant().isBefore(now))
                            .sorted(Comparator.comparing(AppointmentView::start).reversed()).toList());
                })
                .executeWith(executor);
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ReadOnlyObjectProperty<List<PatientSummary>> resultsProperty() { return results.getReadOnlyProperty(); }
    public ObjectProperty<PatientSummary> patientProperty() { return patient; }
    public ReadOnlyObjectProperty<List<AppointmentView>> upcomingProperty() { return upcoming.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<AppointmentView>> pastProperty() { return past.getReadOnlyProperty(); }
    /** The patient's consultations, most recent first (summaries empty for a user who may not read them). */
    public ReadOnlyObjectProperty<List<ConsultationLine>> consultationsProperty() {
        return consultations.getReadOnlyProperty();
    }

    /** The name of a practitioner of the clinic, for the consultation lines. */
    public String practitionerName(java.util.UUID id) {
        return session.clinic().practitioners().stream().filter(p -> p.id().equals(id))
                .map(nova.clinic.domain.Practitioner::displayName).findFirst().orElse(null);
    }

    public java.time.ZoneId zone() {
        return session.clinic().profile().zone();
    }
}
