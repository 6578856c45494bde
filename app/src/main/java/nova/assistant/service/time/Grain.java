package nova.assistant.service.time;

import java.time.temporal.ChronoUnit;

/** The precision of a time value, from the second to the year, as written in the {@code when} output. */
public enum Grain {
    SECOND(ChronoUnit.SECONDS), MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS),
    WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS), YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Grain(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit unit() {
        return unit;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The finer of two grains. */
    public static Grain finer(Grain a, Grain b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
