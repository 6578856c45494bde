package nova.agenda.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nova.agenda.domain.AppointmentView;
import nova.agenda.domain.Blockout;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;

/**
 * Brute force, minute by minute, from the raw random calendar: marks every minute of the window free or not for
 * each (chair, practitioner) combination, then walks the window start by start.
 */
final class SlotOracle {

    private SlotOracle() {
    }

    static List<SlotProposal> find(RandomCalendar cal) {
        SlotQuery q = cal.query;
        List<UUID> chairIds = new ArrayList<>();
        if (q.chairId() != null) {
            chairIds.add(q.chairId());
        } else {
            cal.chairs.stream().sorted(Comparator.comparingInt(Chair::position).thenComparing(Chair::id))
                    .forEach(c -> chairIds.add(c.id()));
        }
        List<UUID> practitionerIds = new ArrayList<>();
        if (q.practitionerId() != null) {
            practitionerIds.add(q.practitionerId());
        } else if (cal.practitioners.isEmpty()) {
            practitionerIds.add(null);
        } else {
            cal.practitioners.stream()
                    .sorted(Comparator.comparingInt(Practitioner::position).thenComparing(Practitioner::id))
                    .forEach(p -> practitionerIds.add(p.id()));
        }
        long windowStart = q.windowStart().toEpochSecond() / 60;
        long windowEnd = q.windowEnd().toEpochSecond() / 60;
        int minutes = (int) (windowEnd - windowStart);
        List<UUID[]> combos = new ArrayList<>();
        List<int[]> blockedPrefix = new ArrayList<>();
        for (UUID c : chairIds) {
            for (UUID p : practitionerIds) {
                combos.add(new UUID[] {c, p});
                int[] prefix = new int[minutes + 1];
                for (int i = 0; i < minutes; i++) {
                    prefix[i + 1] = prefix[i] + (isFree(cal, c, p, windowStart + i) ? 0 : 1);
                }
                blockedPrefix.add(prefix);
            }
        }
        List<SlotProposal> out = new ArrayList<>();
        long lower = windowStart;
        int d = q.durationMinutes();
        search:
        while (out.size() < q.count()) {
            for (long s = lower; s + d <= windowEnd; s++) {
                ZonedDateTime local = Instant.ofEpochSecond(s * 60).atZone(RandomCalendar.ZONE);
                int minuteOfDay = local.getHour() * 60 + local.getMinute();
                if (minuteOfDay % q.granularityMinutes() != 0) {
                    continue;
                }
                int offset = (int) (s - windowStart);
                for (int k = 0; k < combos.size(); k++) {
                    int[] prefix = blockedPrefix.get(k);
                    if (prefix[offset + d] - prefix[offset] == 0) {
                        out.add(new SlotProposal(local, local.plusMinutes(d), combos.get(k)[0], combos.get(k)[1]));
                        lower = s + d;
                        continue search;
                    }
                }
            }
            break;
        }
        return out;
    }

    static boolean isFree(RandomCalendar cal, UUID chair, UUID practitioner, long epochMinute) {
        return isBookable(cal, chair, practitioner, epochMinute, true);
    }

    /** Whether one minute may be booked on this chair and practitioner, optionally within the query's day part. */
    static boolean isBookable(RandomCalendar cal, UUID chair, UUID practitioner, long epochMinute,
                              boolean withinDayPart) {
        ZonedDateTime t = Instant.ofEpochSecond(epochMinute * 60).atZone(RandomCalendar.ZONE);
        LocalDate date = t.toLocalDate();
        if (cal.holidays.containsKey(date) || cal.closingDays.containsKey(date)) {
            return false;
        }
        int m = t.getHour() * 60 + t.getMinute();
        if (withinDayPart && cal.query.dayPart() != null && !cal.query.dayPart().contains(m)) {
            return false;
        }
        if (!works(cal, chair, t, m) || (practitioner != null && !works(cal, practitioner, t, m))) {
            return false;
        }
        long second = epochMinute * 60;
        for (Blockout b : cal.blockouts) {
            boolean concerns = b.resourceId() == null || b.resourceId().equals(chair)
                    || b.resourceId().equals(practitioner);
            if (concerns && b.start().getEpochSecond() <= second && second < b.end().getEpochSecond()) {
                return false;
            }
        }
        for (AppointmentView a : cal.appointments) {
            if (!a.status().occupiesTime()) {
                continue;
            }
            boolean concerns = chair.equals(a.chairId())
                    || (practitioner != null && practitioner.equals(a.practitionerId()));
            if (concerns && a.start().toEpochSecond() <= second && second < a.end().toEpochSecond()) {
                return false;
            }
        }
        return true;
    }

    private static boolean works(RandomCalendar cal, UUID resource, ZonedDateTime t, int minute) {
        for (int[] r : cal.hoursOf(resource).getOrDefault(t.getDayOfWeek(), List.of())) {
            if (minute >= r[0] && minute < r[1]) {
                return true;
            }
        }
        return false;
    }
}
