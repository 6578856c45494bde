package nova.clinic.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** Days the whole clinic is closed (annual closure, works), first and last day included, with the reason shown. */
public record ClosingPeriod(UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {

    public ClosingPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay before firstDay");
        }
        reason = reason == null ? "" : reason.strip();
    }

    public Stream<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
