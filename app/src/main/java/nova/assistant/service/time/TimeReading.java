package nova.assistant.service.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Everything the parser understood about the time in a text, in pieces, so that {@code parse} can apply the
 * booking meaning (opening hours, clinic week) while {@code when} uses the plain {@link #reference()}.
 *
 * @param reference  the plain meaning, as {@code when} prints it
 * @param firstDay   first day named, or null
 * @param lastDay    last day named (inclusive), or null
 * @param weekOffset set when the days come from a relative calendar week ("la semaine prochaine" = 1)
 * @param at         a precise moment ("jeudi à 10h"), or null
 * @param clockFrom  start of a clock range ("entre 14h et 16h"), or null
 * @param clockTo    end of that range as said (16:00), or null
 * @param part       a named part of the day, or null
 * @param after      "après 16h": the clock time, or null
 * @param before     "avant 10h": the clock time, or null
 * @param dayNamed   true when the text names the day (not only a clock time or a part of the day)
 */
public record TimeReading(
        TimeReference reference,
        LocalDate firstDay,
        LocalDate lastDay,
        Integer weekOffset,
        LocalDateTime at,
        LocalTime clockFrom,
        LocalTime clockTo,
        PartOfDay part,
        LocalTime after,
        LocalTime before,
        boolean dayNamed) {

    public static final TimeReading NONE =
            new TimeReading(TimeReference.NONE, null, null, null, null, null, null, null, null, null, false);

    public boolean found() {
        return reference.found();
    }

    public boolean precise() {
        return at != null;
    }
}
