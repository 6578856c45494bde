package nova.assistant.service.time;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The {@code when} answer: {"kind","grain","start","end"} with ISO-8601 offset date-times, nulls written.
 * {@code end} is exclusive.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"kind", "grain", "start", "end"})
public record TimeReference(String kind, String grain, String start, String end) {

    public static final TimeReference NONE = new TimeReference("none", null, null, null);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    public static TimeReference instant(OffsetDateTime start, Grain grain) {
        return new TimeReference("instant", grain.json(), format(start), format(start.plus(1, grain.unit())));
    }

    public static TimeReference interval(OffsetDateTime start, OffsetDateTime end, Grain grain) {
        return new TimeReference("interval", grain.json(), format(start), format(end));
    }

    public static TimeReference after(OffsetDateTime start, Grain grain) {
        return new TimeReference("after", grain.json(), format(start), null);
    }

    public static TimeReference before(OffsetDateTime end, Grain grain) {
        return new TimeReference("before", grain.json(), null, format(end));
    }

    public boolean found() {
        return !"none".equals(kind);
    }

    private static String format(OffsetDateTime value) {
        return value == null ? null : value.format(ISO);
    }
}
