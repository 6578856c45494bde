package nova.agenda.service;

import java.time.Instant;
import java.util.UUID;
import nova.agenda.domain.AppointmentStatus;

/**
 * What a booking check needs of an appointment already in the agenda, read as plain values: no managed entity to
 * build, track and dirty-check at commit for each appointment of the day.
 */
record BusySlot(UUID id, UUID patientId, UUID chairId, UUID practitionerId, String careTypeCode, Instant start,
                Instant end, AppointmentStatus status, String notes) {
}
