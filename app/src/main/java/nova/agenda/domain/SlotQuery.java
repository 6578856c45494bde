package nova.agenda.domain;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for free slots: a duration, optionally a practitioner and a chair (null = any), a window, optionally a
 * part of each day (null = whole day), how many slots, and the grid starts are aligned to (minutes from local
 * midnight).
 */
public record SlotQuery(int durationMinutes, UUID practitionerId, UUID chairId, ZonedDateTime windowStart,
                        ZonedDateTime windowEnd, ClockRange dayPart, int count, int granularityMinutes) {

    public static final int DEFAULT_GRANULARITY = 15;

    public SlotQuery {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("durationMinutes must be positive");
        }
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive");
        }
        if (granularityMinutes <= 0 || granularityMinutes > 24 * 60) {
            throw new IllegalArgumentException("granularityMinutes must be in 1..1440");
        }
    }

    public static SlotQuery of(int durationMinutes, ZonedDateTime windowStart, ZonedDateTime windowEnd, int count) {
        return new SlotQuery(durationMinutes, null, null, windowStart, windowEnd, null, count, DEFAULT_GRANULARITY);
    }

    /** Slots for a care type's default duration. */
    public static SlotQuery forCareType(nova.clinic.domain.CareType careType, ZonedDateTime windowStart,
                                        ZonedDateTime windowEnd, int count) {
        return of(careType.durationMinutes(), windowStart, windowEnd, count);
    }

    public SlotQuery withPractitioner(UUID id) {
        return new SlotQuery(durationMinutes, id, chairId, windowStart, windowEnd, dayPart, count, granularityMinutes);
    }

    public SlotQuery withChair(UUID id) {
        return new SlotQuery(durationMinutes, practitionerId, id, windowStart, windowEnd, dayPart, count,
                granularityMinutes);
    }

    public SlotQuery withDayPart(ClockRange part) {
        return new SlotQuery(durationMinutes, practitionerId, chairId, windowStart, windowEnd, part, count,
                granularityMinutes);
    }

    public SlotQuery withGranularity(int minutes) {
        return new SlotQuery(durationMinutes, practitionerId, chairId, windowStart, windowEnd, dayPart, count,
                minutes);
    }
}
