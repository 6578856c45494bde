package nova.agenda.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A patient who wants an earlier slot. Empty {@code preferredDays}, null {@code dayPart} and null
 * {@code practitionerId} mean "any". {@code currentAppointmentStart}, when set, is the appointment they already
 * have: only earlier slots interest them.
 */
public record WaitlistEntry(UUID id, UUID patientId, String patientName, String patientPhone, String careTypeCode,
                            Set<DayOfWeek> preferredDays, ClockRange dayPart, UUID practitionerId,
                            Instant requestedAt, ZonedDateTime currentAppointmentStart) {

    public WaitlistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(careTypeCode, "careTypeCode");
        Objects.requireNonNull(requestedAt, "requestedAt");
        preferredDays = preferredDays == null ? Set.of() : Set.copyOf(preferredDays);
    }
}
