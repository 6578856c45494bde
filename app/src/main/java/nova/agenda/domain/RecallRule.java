package nova.agenda.domain;

import java.time.Period;
import java.util.Objects;

/**
 * "A patient who had this care should come back after {@code interval}", e.g. détartrage every 6 months. A recall is
 * due from the due date, and overdue once {@code tolerance} has passed after it.
 */
public record RecallRule(String careTypeCode, Period interval, Period tolerance) {

    public RecallRule {
        Objects.requireNonNull(careTypeCode, "careTypeCode");
        Objects.requireNonNull(interval, "interval");
        tolerance = tolerance == null ? Period.ZERO : tolerance;
    }
}
