package nova.agenda.service;

import java.time.Instant;
import java.util.UUID;

import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;

/**
 * A period that holds a resource: an appointment or a blockout (exactly one of the two is set). Times are epoch
 * seconds so the slot finder compares longs, not objects.
 */
public record BusyEntry(UUID id, long startSecond, long endSecond, AppointmentView appointment, Blockout blockout) {

    static BusyEntry of(AppointmentView a) {
        return new BusyEntry(a.id(), a.start().toEpochSecond(), a.end().toEpochSecond(), a, null);
    }

    static BusyEntry of(Blockout b) {
        return new BusyEntry(b.id(), b.start().getEpochSecond(), b.end().getEpochSecond(), null, b);
    }

    public boolean isBlockout() {
        return blockout != null;
    }

    public Instant start() {
        return Instant.ofEpochSecond(startSecond);
    }

    public Instant end() {
        return Instant.ofEpochSecond(endSecond);
    }

    boolean overlaps(long from, long to) {
        return startSecond < to && endSecond > from;
    }
}
