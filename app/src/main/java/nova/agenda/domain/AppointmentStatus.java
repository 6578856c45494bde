package nova.agenda.domain;

/** The life of an appointment, from booking to its outcome. Transitions are checked by the agenda service. */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    ARRIVED,
    IN_CONSULTATION,
    DONE,
    NO_SHOW,
    CANCELLED
}
