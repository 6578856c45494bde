package nova.agenda.service;

import nova.agenda.domain.AppointmentStatus;

/** Whether a status change (or an undo) may happen, the status it leads to, and else the French refusal. */
public record TransitionResult(boolean allowed, AppointmentStatus target, String refusal) {

    static TransitionResult allow(AppointmentStatus target) {
        return new TransitionResult(true, target, null);
    }

    static TransitionResult refuse(String message) {
        return new TransitionResult(false, null, message);
    }
}
