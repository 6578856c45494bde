package nova.clinic.domain;

/** What the agenda does with an overlap on the same chair or practitioner: a clinic setting. */
public enum DoubleBookingPolicy {
    /** Refuse, naming the other appointment (the default). */
    REFUSE,
    /** Allow after a warning: some cabinets book two short acts on one chair on purpose. */
    WARN
}
