package nova.agenda.domain;

/** Where a waitlist request stands: waiting, offered a freed slot, booked into one, or taken off the list. */
public enum WaitlistStatus {
    WAITING, OFFERED, BOOKED, REMOVED
}
