package nova.agenda.service;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nova.agenda.domain.AppointmentStatus;
import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.LastCare;
import nova.agenda.domain.Recall;
import nova.agenda.domain.RecallRule;

/**
 * The recall list: patients whose last care of a recalled type (e.g. détartrage every 6 months) makes them due,
 * overdue, or due within a look-ahead horizon, skipping those who already have that care booked.
 */
public final class RecallRules {

    private final Map<String, RecallRule> rules = new HashMap<>();

    public RecallRules(Collection<RecallRule> rules) {
        rules.forEach(r -> this.rules.put(r.careTypeCode(), r));
    }

    /** The usual dental rule: détartrage every 6 months, overdue one month later. */
    public static RecallRule scalingEverySixMonths() {
        return new RecallRule("detartrage", Period.ofMonths(6), Period.ofMonths(1));
    }

    /**
     * @param lastCares      last DONE care per patient and care type (see {@link #lastCares})
     * @param alreadyBooked  "patientId|careTypeCode" keys of future appointments already booked
     * @param asOf           the day the list is made
     * @param horizon        how far ahead upcoming recalls are listed (Period.ZERO = only due and overdue)
     */
    public List<Recall> recalls(Collection<LastCare> lastCares, Set<String> alreadyBooked, LocalDate asOf,
                                Period horizon) {
        LocalDate lookAhead = asOf.plus(horizon == null ? Period.ZERO : horizon);
        List<Recall> out = new ArrayList<>();
        for (LastCare care : lastCares) {
            RecallRule rule = rules.get(care.careTypeCode());
            if (rule == null || alreadyBooked.contains(bookedKey(care.patientId(), care.careTypeCode()))) {
                continue;
            }
            LocalDate due = care.lastDone().plus(rule.interval());
            if (due.isAfter(lookAhead)) {
                continue;
            }
            Recall.RecallState state;
            if (due.isAfter(asOf)) {
                state = Recall.RecallState.UPCOMING;
            } else if (asOf.isBefore(due.plus(rule.tolerance())) || rule.tolerance().isZero() && asOf.equals(due)) {
                state = Recall.RecallState.DUE;
            } else {
                state = Recall.RecallState.OVERDUE;
            }
            out.add(new Recall(care.patientId(), care.patientName(), care.patientPhone(), care.careTypeCode(),
                    care.lastDone(), due, state, Math.max(0, ChronoUnit.DAYS.between(due, asOf))));
        }
        out.sort(Comparator.comparing(Recall::dueDate)
                .thenComparing(r -> r.patientName() == null ? "" : r.patientName())
                .thenComparing(Recall::patientId));
        return out;
    }

    /** Key of the "already booked" set for a patient and care type. */
    public static String bookedKey(UUID patientId, String careTypeCode) {
        return patientId + "|" + careTypeCode;
    }

    /** The last DONE appointment per patient and care type, from a patient's appointment history. */
    public static List<LastCare> lastCares(Collection<AppointmentView> appointments) {
        Map<String, LastCare> last = new HashMap<>();
        for (AppointmentView a : appointments) {
            if (a.status() != AppointmentStatus.DONE || a.patientId() == null || a.careTypeCode() == null) {
                continue;
            }
            String key = bookedKey(a.patientId(), a.careTypeCode());
            LocalDate day = a.start().toLocalDate();
            LastCare known = last.get(key);
            if (known == null || day.isAfter(known.lastDone())) {
                last.put(key, new LastCare(a.patientId(), a.patientName(), a.patientPhone(), a.careTypeCode(), day));
            }
        }
        return List.copyOf(last.values());
    }
}
