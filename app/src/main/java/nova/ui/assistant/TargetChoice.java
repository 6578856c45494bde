package nova.ui.assistant;

import nova.agenda.domain.AppointmentView;

/** An existing appointment the request is about, with its French line. */
public record TargetChoice(AppointmentView appointment, String text) {

    @Override
    public String toString() {
        return text;
    }
}
