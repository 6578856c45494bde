package nova.ui.today;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nova.agenda.domain.AppointmentChange;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.BookingRequest;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.PatientSummary;
import nova.ui.session.DeskSession;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * Today, whatever date the agenda shows: a doctor's "Ma journée" (one practitioner or all, the next patient
 * first), the waiting room (arrived patients by arrival, with how long they have waited) and the walk-in queue
 * ("Patient sans rendez-vous": booked now on the first free chair, already arrived).
 */
public final class TodayViewModel {

    /** One waiting patient: the appointment and when the desk marked them arrived. */
    public record Waiting(AppointmentView appointment, Instant arrivedAt) {
    }

    private final DeskSession session;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<Practitioner> practitioner = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<AppointmentView>> myDay = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Waiting>> waiting = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private List<AppointmentView> all = List.of();
    private long generation;

    public TodayViewModel(DeskSession session, TaskExecutor executor, Messages messages, Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        practitioner.addListener((obs, old, now) -> myDay.set(order(all, now)));
    }

    public LocalDate today() {
        return ZonedDateTime.now(clock).withZoneSameInstant(session.clinic().profile().zone()).toLocalDate();
    }

    /** Loads today's appointments and, for the arrived ones, the time they arrived (from their history). */
    public void refresh() {
        long ticket = ++generation;
        LocalDate day = today();
        BackgroundTask.wrap(() -> {
                    List<AppointmentView> list = session.appointments().day(day);
                    Map<UUID, Instant> arrivals = new HashMap<>();
                    for (AppointmentView a : list) {
                        if (a.status() == AppointmentStatus.ARRIVED) {
                            arrivals.put(a.id(), arrivalOf(a, session.appointments().history(a.id())));
                        }
                    }
                    return new Loaded(list, arrivals);
                })
                .onSuccess(loaded -> {
                    if (ticket != generation) {
                        return;
                    }
                    all = loaded.list();
                    myDay.set(order(all, practitioner.get()));
                    waiting.set(loaded.list().stream().filter(a -> a.status() == AppointmentStatus.ARRIVED)
                            .map(a -> new Waiting(a, loaded.arrivals().get(a.id())))
                            .sorted(Comparator.comparing(Waiting::arrivedAt)).toList());
                })
                .onFailure(failure -> error.set(messages.get("main.load.error")))
                .executeWith(executor);
    }

    private record Loaded(List<AppointmentView> list, Map<UUID, Instant> arrivals) {
    }

    /** The latest change to ARRIVED still in effect; the start time when the history says nothing. */
    static Instant arrivalOf(AppointmentView appointment, List<AppointmentChange> history) {
        Instant at = null;
        for (AppointmentChange change : history) {
            if (change.to() == AppointmentStatus.ARRIVED && !change.kind().equals("MOVED")) {
                at = change.at();
            }
        }
        return at != null ? at : appointment.start().toInstant();
    }

    /**
     * Ma journée's order: in consultation, then the waiting room by start, then those still expected by start,
     * then the day's finished, missed and cancelled appointments.
     */
    static List<AppointmentView> order(List<AppointmentView> list, Practitioner only) {
        List<AppointmentView> result = new ArrayList<>();
        for (AppointmentView a : list) {
            if (only == null || Objects.equals(a.practitionerId(), only.id())) {
                result.add(a);
            }
        }
        result.sort(Comparator.comparingInt((AppointmentView a) -> rank(a.status()))
                .thenComparing(AppointmentView::start));
        return List.copyOf(result);
    }

    private static int rank(AppointmentStatus status) {
        return switch (status) {
            case IN_CONSULTATION -> 0;
            case ARRIVED -> 1;
            case CONFIRMED, BOOKED -> 2;
            case DONE -> 3;
            case NO_SHOW, CANCELLED -> 4;
        };
    }

    /** "attend depuis 12 min" (or "depuis 1 h 05"). */
    public String waitingText(Instant arrivedAt) {
        long minutes = Math.max(0, Duration.between(arrivedAt, clock.instant()).toMinutes());
        return minutes < 60 ? messages.format("today.waiting.minutes", minutes)
                : messages.format("today.waiting.hours", minutes / 60, String.format("%02d", minutes % 60));
    }

    public List<PatientSummary> searchPatients(String text) {
        return session.patients().search(text, 8);
    }

    /**
     * A patient without appointment: the first free chair from now (today, the care type's duration), booked as a
     * walk-in and marked arrived at once. {@code onDone} gets the appointment; a refusal goes to {@link #errorProperty()}.
     */
    public void walkIn(PatientSummary patient, CareType careType, java.util.function.Consumer<AppointmentView> onDone) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(session.clinic().profile().zone());
        BackgroundTask.wrap(() -> {
                    List<SlotProposal> slots = session.appointments().findSlots(SlotQuery.forCareType(careType, now,
                            now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()), 1));
                    if (slots.isEmpty()) {
                        throw new UserMessageException(messages.format("today.walkin.noSlot", careType.label()));
                    }
                    SlotProposal slot = slots.getFirst();
                    UUID practitionerId = slot.practitionerId() != null ? slot.practitionerId()
                            : session.clinic().practitioners().getFirst().id();
                    AppointmentView booked = session.appointments().book(new BookingRequest(patient.id(),
                            careType.code(), practitionerId, slot.chairId(), slot.start(), 0, null, "WALKIN"));
                    return session.appointments().changeStatus(booked.id(), AppointmentStatus.ARRIVED, null);
                })
                .onSuccess(arrived -> {
                    error.set("");
                    refresh();
                    onDone.accept(arrived);
                })
                .onFailure(failure -> error.set(failure instanceof UserMessageException refused
                        ? refused.getMessage() : messages.get("details.action.error")))
                .executeWith(executor);
    }

    public List<Practitioner> practitioners() {
        return session.clinic().practitioners();
    }

    public List<CareType> careTypes() {
        return session.clinic().careTypes();
    }

    public String statusLabel(AppointmentStatus status) {
        return messages.get("status." + status.name());
    }

    public ObjectProperty<Practitioner> practitionerProperty() { return practitioner; }
    public ReadOnlyObjectProperty<List<AppointmentView>> myDayProperty() { return myDay.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<Waiting>> waitingProperty() { return waiting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public void clearError() { error.set(""); }
}
