package nova.agenda.service;

import java.util.UUID;

/**
 * One reason a booking is refused or questioned, with the French message to show and, for conflicts, the id of the
 * other appointment or blockout (to select it on screen).
 */
public record BookingIssue(Code code, String message, UUID otherId) {

    public enum Code {
        INVALID_TIME,
        HOLIDAY,
        CLOSING_DAY,
        OUTSIDE_HOURS,
        BLOCKOUT,
        CHAIR_OVERLAP,
        PRACTITIONER_OVERLAP,
        SAME_PATIENT_SAME_DAY,
        IN_THE_PAST
    }
}
