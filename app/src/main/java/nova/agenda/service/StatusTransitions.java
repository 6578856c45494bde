package nova.agenda.service;

import static nova.agenda.domain.AppointmentStatus.ARRIVED;
import static nova.agenda.domain.AppointmentStatus.BOOKED;
import static nova.agenda.domain.AppointmentStatus.CANCELLED;
import static nova.agenda.domain.AppointmentStatus.CONFIRMED;
import static nova.agenda.domain.AppointmentStatus.DONE;
import static nova.agenda.domain.AppointmentStatus.IN_CONSULTATION;
import static nova.agenda.domain.AppointmentStatus.NO_SHOW;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.StatusChange;

/**
 * The appointment lifecycle. Forward: BOOKED -> CONFIRMED -> ARRIVED -> IN_CONSULTATION -> DONE, with shortcuts a
 * desk needs (ARRIVED straight from BOOKED, DONE straight from ARRIVED); BOOKED or CONFIRMED may end as CANCELLED
 * (a reason is required) or NO_SHOW. DONE, NO_SHOW and CANCELLED are final: a wrong one is fixed by undoing it,
 * which returns to the status before the last change still in effect.
 */
public final class StatusTransitions {

    private static final Map<AppointmentStatus, Set<AppointmentStatus>> ALLOWED = new EnumMap<>(AppointmentStatus.class);

    static {
        ALLOWED.put(BOOKED, EnumSet.of(CONFIRMED, ARRIVED, CANCELLED, NO_SHOW));
        ALLOWED.put(CONFIRMED, EnumSet.of(ARRIVED, CANCELLED, NO_SHOW));
        ALLOWED.put(ARRIVED, EnumSet.of(IN_CONSULTATION, DONE));
        ALLOWED.put(IN_CONSULTATION, EnumSet.of(DONE));
        ALLOWED.put(DONE, EnumSet.noneOf(AppointmentStatus.class));
        ALLOWED.put(NO_SHOW, EnumSet.noneOf(AppointmentStatus.class));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(AppointmentStatus.class));
    }

    public StatusTransitions() {
    }

    /** French label of a status, as shown in the agenda and the history. */
    public static String label(AppointmentStatus status) {
        return AgendaText.get("status." + status.name());
    }

    public Set<AppointmentStatus> allowedFrom(AppointmentStatus from) {
        return EnumSet.copyOf(withEmpty(ALLOWED.get(from)));
    }

    public boolean isFinal(AppointmentStatus status) {
        return ALLOWED.get(status).isEmpty();
    }

    /** May an appointment in {@code from} move to {@code to}? {@code reason} is required to cancel. */
    public TransitionResult check(AppointmentStatus from, AppointmentStatus to, String reason) {
        if (from == to) {
            return TransitionResult.refuse(AgendaText.get("status.refused.same", label(to)));
        }
        if (isFinal(from)) {
            return TransitionResult.refuse(AgendaText.get("status.refused.final", label(from)));
        }
        if (!ALLOWED.get(from).contains(to)) {
            return TransitionResult.refuse(AgendaText.get("status.refused.pair", label(from), label(to)));
        }
        if (to == CANCELLED && (reason == null || reason.isBlank())) {
            return TransitionResult.refuse(AgendaText.get("status.refused.reason"));
        }
        return TransitionResult.allow(to);
    }

    /**
     * Which status an undo returns to: the history is replayed, each undo cancelling the latest change still in
     * effect, and the latest remaining change is reversed. The booking itself cannot be undone (cancel it
     * instead). When the target holds time again (e.g. undoing a cancellation), the caller must re-check the
     * booking rules: the slot may have been given away meanwhile.
     */
    public TransitionResult checkUndo(AppointmentStatus current, List<StatusChange> history) {
        Deque<StatusChange> inEffect = new ArrayDeque<>();
        for (StatusChange change : history) {
            if (change.undo()) {
                if (!inEffect.isEmpty()) {
                    inEffect.pop();
                }
            } else {
                inEffect.push(change);
            }
        }
        StatusChange last = inEffect.peek();
        if (last == null || last.from() == null) {
            return TransitionResult.refuse(AgendaText.get("status.undo.nothing"));
        }
        if (last.to() != current) {
            return TransitionResult.refuse(AgendaText.get("status.undo.inconsistent", label(current)));
        }
        return TransitionResult.allow(last.from());
    }

    private static Set<AppointmentStatus> withEmpty(Set<AppointmentStatus> s) {
        return s == null || s.isEmpty() ? EnumSet.noneOf(AppointmentStatus.class) : s;
    }
}
