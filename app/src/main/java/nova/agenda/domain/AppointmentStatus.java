package nova.agenda.domain;

/** The life of an appointment, from booking to its outcome. Transitions are checked by the agenda service. */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    ARRIVED,
    IN_CONSULTATION,
    DONE,
    NO_SHOW,
    CANCELLED;

    /**
     * Whether an appointment in this status holds its chair and practitioner. A cancelled appointment frees them,
     * and so does a no-show: the patient did not come, the chair may take a walk-in.
     */
    public boolean occupiesTime() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
