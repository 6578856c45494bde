package nova.agenda.domain;

/** What the agenda does with an overlap on the same chair or practitioner; a clinic setting. */
public enum DoubleBookingPolicy {
    /** The booking is refused with an explanation naming the other appointment (default). */
    REFUSE,
    /** The booking goes through with a warning naming the other appointment. */
    WARN;

    public static DoubleBookingPolicy defaultPolicy() {
        return REFUSE;
    }
}
