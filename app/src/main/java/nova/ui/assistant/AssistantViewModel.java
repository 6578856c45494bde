package nova.ui.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.ClockRange;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.assistant.domain.AssistantAction;
import nova.assistant.domain.AssistantAction.ActionType;
import nova.assistant.service.AssistantReply;
import nova.clinic.domain.CareType;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;
import nova.patient.domain.PatientSummary;
import nova.ui.session.AppointmentBook;
import nova.ui.session.AssistantDesk;
import nova.ui.session.ClinicSnapshot;
import nova.ui.session.PatientDirectory;
import nova.ui.support.BackgroundTask;
import nova.ui.support.Messages;
import nova.ui.support.TaskExecutor;
import nova.ui.support.UserMessageException;

/**
 * The assistant bar's state. A request becomes a preview card; nothing is written until the receptionist presses
 * « Continuer » and then confirms the change (or books through the dialog). Every service call runs in the
 * background through the {@link TaskExecutor}.
 */
public final class AssistantViewModel {

    static final int SLOT_COUNT = 6;
    private static final int DEFAULT_DURATION = 30;
    private static final int SEARCH_DAYS = 14;

    /** Read at each use: the admin may add a care type or a practitioner while the session is open. */
    private final java.util.function.Supplier<ClinicSnapshot> clinics;
    private final AssistantDesk desk;
    private final PatientDirectory patients;
    private final AppointmentBook book;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<BookingPrefill> openBooking;
    private final Runnable agendaChanged;

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<AssistantStep> step = new ReadOnlyObjectWrapper<>(AssistantStep.IDLE);
    private final ReadOnlyObjectWrapper<PreviewCard> card = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SlotChoice> slots = FXCollections.observableArrayList();
    private final ObjectProperty<SlotChoice> selectedSlot = new SimpleObjectProperty<>();
    private final ObservableList<TargetChoice> targets = FXCollections.observableArrayList();
    private final ObjectProperty<TargetChoice> selectedTarget = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty();
    private final ReadOnlyStringWrapper changeQuestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private AssistantReply reply;
    private long generation;

    public AssistantViewModel(ClinicSnapshot clinic, AssistantDesk desk, PatientDirectory patients,
                              AppointmentBook book, TaskExecutor executor, Messages messages, Clock clock,
                              Consumer<BookingPrefill> openBooking, Runnable agendaChanged) {
        this(() -> clinic, desk, patients, book, executor, messages, clock, openBooking, agendaChanged);
    }

    public AssistantViewModel(java.util.function.Supplier<ClinicSnapshot> clinics, AssistantDesk desk,
                              PatientDirectory patients, AppointmentBook book, TaskExecutor executor,
                              Messages messages, Clock clock, Consumer<BookingPrefill> openBooking,
                              Runnable agendaChanged) {
        this.clinics = Objects.requireNonNull(clinics);
        this.desk = Objects.requireNonNull(desk);
        this.patients = Objects.requireNonNull(patients);
        this.book = Objects.requireNonNull(book);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.openBooking = Objects.requireNonNull(openBooking);
        this.agendaChanged = Objects.requireNonNull(agendaChanged);
        reason.set(messages.get("assistant.cancel.defaultReason"));
        selectedTarget.addListener((obs, old, now) -> targetChosen(now));
    }

    /** Enter in the bar: asks the assistant in the background and shows its preview card. */
    public void ask() {
        String request = text.get() == null ? "" : text.get().strip();
        if (request.isEmpty()) {
            return;
        }
        long ticket = ++generation;
        clearResults();
        step.set(AssistantStep.ASKING);
        run(() -> desk.ask(request), answer -> {
            if (ticket != generation) {
                return;
            }
            reply = answer;
            card.set(cards().of(answer));
            step.set(AssistantStep.PREVIEW);
        });
    }

    /** « Continuer » on the preview card: the next step of the action; still nothing written. */
    public void proceed() {
        if (reply == null || step.get() != AssistantStep.PREVIEW) {
            return;
        }
        AssistantAction action = reply.action();
        error.set("");
        switch (action.action()) {
            case NEED_INFO -> {
            }
            case CREATE -> create(action);
            case FIND_SLOTS -> loadSlots(durationOf(action), action, null, () -> step.set(AssistantStep.SLOTS));
            case RESCHEDULE, CANCEL, CONFIRMATION -> loadTargets(action);
        }
    }

    /**
     * The booking dialog filled in with the time asked for, and with a chair and practitioner free at that time
     * when there is one (the dialog still checks everything when the receptionist saves).
     */
    private void create(AssistantAction action) {
        if (action.slot() == null) {
            handOver(new BookingPrefill(patientSearch(action), patientName(action), patientPhone(action),
                    careType(action), null, null, null, null));
            return;
        }
        ZonedDateTime start = at(action.slot().startIso());
        long ticket = generation;
        SlotQuery query = slotQuery(durationOf(action), action, null);
        run(() -> desk.findSlots(query), found -> {
            if (ticket != generation) {
                return;
            }
            SlotProposal free = found.stream().filter(s -> s.start().toInstant().equals(start.toInstant()))
                    .findFirst().orElse(null);
            handOver(new BookingPrefill(patientSearch(action), patientName(action), patientPhone(action),
                    careType(action), start.toLocalDate(), start.toLocalTime(),
                    free == null ? null : chair(free.chairId()), free == null ? null : practitioner(free.practitionerId())));
        });
    }

    /** A slot picked from the list of FIND_SLOTS: the booking dialog opens filled in. */
    public void pickSlot() {
        SlotChoice choice = selectedSlot.get();
        if (choice == null || reply == null || reply.action().action() != ActionType.FIND_SLOTS) {
            return;
        }
        SlotProposal slot = choice.slot();
        handOver(new BookingPrefill(patientSearch(reply.action()), patientName(reply.action()),
                patientPhone(reply.action()), careType(reply.action()),
                slot.start().toLocalDate(), slot.start().toLocalTime(), chair(slot.chairId()),
                practitioner(slot.practitionerId())));
    }

    /** The receptionist's « oui » to the change shown: move, cancel or confirm the chosen appointment. */
    public void confirmChange() {
        TargetChoice target = selectedTarget.get();
        if (target == null || reply == null || step.get() != AssistantStep.CHANGE) {
            return;
        }
        AppointmentView appointment = target.appointment();
        ActionType type = reply.action().action();
        switch (type) {
            case CANCEL -> {
                String why = reason.get() == null ? "" : reason.get().strip();
                if (why.isEmpty()) {
                    error.set(messages.get("assistant.cancel.reasonMissing"));
                    return;
                }
                change(() -> desk.changeStatus(appointment.id(), AppointmentStatus.CANCELLED, why),
                        "assistant.done.cancelled");
            }
            case CONFIRMATION -> change(() -> desk.changeStatus(appointment.id(), AppointmentStatus.CONFIRMED, null),
                    "assistant.done.confirmed");
            case RESCHEDULE -> {
                SlotChoice choice = selectedSlot.get();
                if (choice == null) {
                    error.set(messages.get("assistant.reschedule.pickSlot"));
                    return;
                }
                SlotProposal slot = choice.slot();
                UUID practitionerId = slot.practitionerId() != null ? slot.practitionerId()
                        : appointment.practitionerId();
                change(() -> desk.move(appointment.id(), slot.chairId(), practitionerId, slot.start(),
                        minutes(appointment)), "assistant.done.moved");
            }
            default -> {
            }
        }
    }

    /** « Annuler » / Escape: forgets the request; nothing was written. */
    public void dismiss() {
        generation++;
        reply = null;
        clearResults();
        step.set(AssistantStep.IDLE);
    }

    private void clearResults() {
        card.set(null);
        slots.clear();
        selectedSlot.set(null);
        targets.clear();
        selectedTarget.set(null);
        changeQuestion.set("");
        status.set("");
        error.set("");
        reason.set(messages.get("assistant.cancel.defaultReason"));
    }

    private void handOver(BookingPrefill prefill) {
        // The dialog does the writing, with its own checks; the bar is done with this request.
        dismiss();
        text.set("");
        openBooking.accept(prefill);
    }

    private interface Change {
        AppointmentView apply() throws UserMessageException;
    }

    private void change(Change change, String doneKey) {
        long ticket = generation;
        run(change::apply, changed -> {
            if (ticket != generation) {
                return;
            }
            status.set(messages.format(doneKey, changed.patientName(), FrenchWhen.at(changed.start())));
            step.set(AssistantStep.DONE);
            text.set("");
            agendaChanged.run();
        });
    }

    // ---- slots ----

    private void loadSlots(int duration, AssistantAction action, AppointmentView moving, Runnable then) {
        long ticket = generation;
        SlotQuery query = slotQuery(duration, action, moving);
        run(() -> new FoundSlots(desk.findSlots(query), desk.closedDays(query.windowStart().toLocalDate(),
                query.windowEnd().toLocalDate().plusDays(1))), result -> {
            if (ticket != generation) {
                return;
            }
            List<SlotProposal> found = result.slots();
            List<SlotChoice> choices = found.stream()
                    .filter(s -> moving == null || !s.start().equals(moving.start())
                            || !Objects.equals(s.chairId(), moving.chairId()))
                    .map(s -> new SlotChoice(s, slotText(s))).toList();
            slots.setAll(choices);
            selectedSlot.set(choices.isEmpty() ? null : choices.getFirst());
            if (choices.isEmpty()) {
                // A window whose working days are all closed says why, e.g. « Fermeture annuelle ».
                var workingDays = clinic().profile().workingDays();
                boolean allClosed = query.windowStart().toLocalDate()
                        .datesUntil(query.windowEnd().toLocalDate().plusDays(1))
                        .filter(d -> workingDays.contains(d.getDayOfWeek()))
                        .allMatch(d -> result.closedDays().containsKey(d));
                String reasons = !allClosed ? "" : result.closedDays().values().stream().distinct()
                        .collect(java.util.stream.Collectors.joining(", "));
                error.set(reasons.isEmpty() ? messages.get("assistant.slots.none")
                        : messages.format("assistant.slots.closed", reasons));
            }
            then.run();
        });
    }

    private record FoundSlots(List<SlotProposal> slots, java.util.Map<java.time.LocalDate, String> closedDays) {
    }

    SlotQuery slotQuery(int duration, AssistantAction action, AppointmentView moving) {
        ZoneId zone = clinic().profile().zone();
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        ZonedDateTime start;
        ZonedDateTime end;
        ClockRange part = null;
        if (action.slot() != null) {
            start = at(action.slot().startIso());
            end = start.plusMinutes(duration);
        } else if (action.window() != null) {
            start = at(action.window().startIso());
            end = at(action.window().endIso());
            if (action.window().dailyStart() != null && action.window().dailyEnd() != null) {
                part = ClockRange.of(LocalTime.parse(action.window().dailyStart()),
                        LocalTime.parse(action.window().dailyEnd()));
            }
        } else {
            start = now;
            end = now.plusDays(SEARCH_DAYS);
        }
        if (start.isBefore(now)) {
            start = now;
        }
        if (!end.isAfter(start)) {
            end = start.plusMinutes(duration);
        }
        SlotQuery query = SlotQuery.of(duration, start, end, SLOT_COUNT);
        return part == null ? query : query.withDayPart(part);
    }

    private String slotText(SlotProposal slot) {
        StringBuilder line = new StringBuilder(FrenchWhen.at(slot.start()));
        Chair chair = chair(slot.chairId());
        Practitioner practitioner = practitioner(slot.practitionerId());
        if (chair != null || practitioner != null) {
            line.append(" — ");
            if (chair != null) {
                line.append(chair.name());
            }
            if (practitioner != null) {
                line.append(chair != null ? ", " : "").append(practitioner.displayName());
            }
        }
        return line.toString();
    }

    // ---- existing appointments ----

    private void loadTargets(AssistantAction action) {
        long ticket = generation;
        run(() -> findTargets(action), found -> {
            if (ticket != generation) {
                return;
            }
            if (found.isEmpty()) {
                error.set(messages.get("assistant.targets.none"));
                return;
            }
            targets.setAll(found.stream().map(a -> new TargetChoice(a, targetText(a))).toList());
            step.set(AssistantStep.CHANGE);
            selectedTarget.set(targets.getFirst());
        });
    }

    /** The patient's appointments in the range asked for, or their next ones; by time only without a patient. */
    private List<AppointmentView> findTargets(AssistantAction action) {
        ZoneId zone = clinic().profile().zone();
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
        ZonedDateTime from = action.original() == null ? null : at(action.original().startIso());
        ZonedDateTime to = action.original() == null ? null : at(action.original().endIso());
        Map<UUID, AppointmentView> found = new LinkedHashMap<>();
        String query = patientSearch(action);
        if (query != null) {
            for (PatientSummary patient : patients.search(query, 5)) {
                for (AppointmentView appointment : desk.forPatient(patient.id())) {
                    found.put(appointment.id(), appointment);
                }
            }
        } else if (from != null) {
            for (AppointmentView appointment : book.range(from.toLocalDate(), to.minusMinutes(1).toLocalDate()
                    .plusDays(1))) {
                found.put(appointment.id(), appointment);
            }
        }
        List<AppointmentView> matching = new ArrayList<>();
        for (AppointmentView appointment : found.values()) {
            // Only what is still to come can be moved, cancelled or confirmed from the telephone.
            if (appointment.status() != AppointmentStatus.BOOKED && appointment.status() != AppointmentStatus.CONFIRMED) {
                continue;
            }
            boolean inRange = from == null ? appointment.end().isAfter(now)
                    : appointment.start().isBefore(to) && appointment.end().isAfter(from);
            if (inRange) {
                matching.add(appointment);
            }
        }
        matching.sort(Comparator.comparing(AppointmentView::start));
        return matching.size() > 10 ? matching.subList(0, 10) : matching;
    }

    private void targetChosen(TargetChoice target) {
        if (target == null || reply == null) {
            changeQuestion.set("");
            return;
        }
        AppointmentView appointment = target.appointment();
        ActionType type = reply.action().action();
        changeQuestion.set(messages.format("assistant.change." + type.name(), appointment.patientName(),
                FrenchWhen.at(appointment.start())));
        if (type == ActionType.RESCHEDULE) {
            slots.clear();
            selectedSlot.set(null);
            error.set("");
            loadSlots(minutes(appointment), reply.action(), appointment, () -> {
            });
        }
    }

    private String targetText(AppointmentView appointment) {
        return FrenchWhen.at(appointment.start()) + " — " + appointment.patientName() + ", "
                + appointment.careTypeLabel() + " (" + appointment.chairName() + ")";
    }

    // ---- helpers ----

    private <V> void run(java.util.concurrent.Callable<V> work, Consumer<V> done) {
        BackgroundTask.wrap(work)
                .onRunning(() -> busy.set(true))
                .onSuccess(done)
                .onFailure(failure -> error.set(failure instanceof UserMessageException
                        ? failure.getMessage() : messages.get("assistant.error")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private static int minutes(AppointmentView appointment) {
        return (int) Duration.between(appointment.start(), appointment.end()).toMinutes();
    }

    private int durationOf(AssistantAction action) {
        if (action.slot() != null && action.slot().durationMinutes() > 0) {
            return action.slot().durationMinutes();
        }
        CareType care = careType(action);
        return care == null ? DEFAULT_DURATION : care.durationMinutes();
    }

    private CareType careType(AssistantAction action) {
        return cards().careType(action.careType()).orElse(null);
    }

    /** What to type in the booking dialog's patient search: the name, else the phone as written locally. */
    private static String patientSearch(AssistantAction action) {
        AssistantAction.Patient patient = action.patient();
        if (patient == null) {
            return null;
        }
        if (patient.name() != null && !patient.name().isBlank()) {
            return patient.name();
        }
        String phone = LocalPhone.format(patient.phoneE164());
        return phone == null ? null : phone.replace(" ", "");
    }

    private static String patientName(AssistantAction action) {
        return action.patient() == null ? null : action.patient().name();
    }

    private static String patientPhone(AssistantAction action) {
        return action.patient() == null ? null : LocalPhone.format(action.patient().phoneE164());
    }

    private ZonedDateTime at(String iso) {
        return PreviewCards.parse(iso).withZoneSameInstant(clinic().profile().zone());
    }

    private Chair chair(UUID id) {
        return clinic().chairs().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private Practitioner practitioner(UUID id) {
        return clinic().practitioners().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public StringProperty textProperty() { return text; }
    public ReadOnlyObjectProperty<AssistantStep> stepProperty() { return step.getReadOnlyProperty(); }
    public AssistantStep getStep() { return step.get(); }
    public ReadOnlyObjectProperty<PreviewCard> cardProperty() { return card.getReadOnlyProperty(); }
    public ObservableList<SlotChoice> getSlots() { return slots; }
    public ObjectProperty<SlotChoice> selectedSlotProperty() { return selectedSlot; }
    public ObservableList<TargetChoice> getTargets() { return targets; }
    public ObjectProperty<TargetChoice> selectedTargetProperty() { return selectedTarget; }
    public StringProperty reasonProperty() { return reason; }
    public ReadOnlyStringProperty changeQuestionProperty() { return changeQuestion.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The action type of the current request, or null. */
    public ActionType actionType() { return reply == null ? null : reply.action().action(); }

    private ClinicSnapshot clinic() {
        return clinics.get();
    }

    private PreviewCards cards() {
        return new PreviewCards(clinic().careTypes(), messages);
    }
}
