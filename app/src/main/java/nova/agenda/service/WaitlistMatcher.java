package nova.agenda.service;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nova.agenda.domain.ClockRange;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.WaitlistEntry;

/**
 * When a slot frees up (cancellation, no-show, shortened appointment), lists the waiting patients it suits, the
 * earliest request first: their care type fits in the slot, the day and part of the day are among their wishes,
 * the practitioner is theirs if they asked for one, and the slot is earlier than the appointment they already have.
 */
public final class WaitlistMatcher {

    private final ZoneId zone;
    private final Map<String, Integer> careTypeMinutes;

    /** @param careTypeMinutes default duration of each care type by code */
    public WaitlistMatcher(ZoneId zone, Map<String, Integer> careTypeMinutes) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.careTypeMinutes = Map.copyOf(careTypeMinutes);
    }

    public List<WaitlistEntry> candidatesFor(SlotProposal freed, Collection<WaitlistEntry> waiting) {
        return waiting.stream()
                .filter(e -> fits(e, freed))
                .sorted(Comparator.comparing(WaitlistEntry::requestedAt).thenComparing(WaitlistEntry::id))
                .toList();
    }

    public boolean fits(WaitlistEntry entry, SlotProposal slot) {
        Integer minutes = careTypeMinutes.get(entry.careTypeCode());
        if (minutes == null) {
            return false;
        }
        ZonedDateTime start = slot.start().withZoneSameInstant(zone);
        ZonedDateTime end = slot.end().withZoneSameInstant(zone);
        if (Duration.between(start, end).toMinutes() < minutes) {
            return false;
        }
        if (!entry.preferredDays().isEmpty() && !entry.preferredDays().contains(start.getDayOfWeek())) {
            return false;
        }
        if (entry.dayPart() != null) {
            int from = start.getHour() * 60 + start.getMinute();
            ClockRange part = entry.dayPart();
            if (!part.covers(from, from + minutes)) {
                return false;
            }
        }
        UUID wanted = entry.practitionerId();
        if (wanted != null && !wanted.equals(slot.practitionerId())) {
            return false;
        }
        return entry.currentAppointmentStart() == null || start.isBefore(entry.currentAppointmentStart());
    }
}
