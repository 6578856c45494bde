package nova.agenda.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the receptionist notes when a patient asks for an earlier slot. Empty days, null part of the day, null
 * practitioner and null dates mean "any".
 */
public record WaitlistWish(UUID patientId, String careTypeCode, UUID practitionerId, Set<DayOfWeek> preferredDays,
                           ClockRange dayPart, LocalDate earliest, LocalDate latest, String note) {

    public WaitlistWish {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(careTypeCode, "careTypeCode");
        preferredDays = preferredDays == null ? Set.of() : Set.copyOf(preferredDays);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest before earliest");
        }
    }

    /** Whether a slot on this date is within the dates the patient gave. */
    public boolean allowsDate(LocalDate date) {
        return (earliest == null || !date.isBefore(earliest)) && (latest == null || !date.isAfter(latest));
    }
}
