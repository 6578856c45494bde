package nova.agenda.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nova.agenda.domain.ClockRange;
import nova.agenda.domain.SlotProposal;
import nova.agenda.domain.SlotQuery;
import nova.agenda.domain.WorkingSchedule;
import nova.clinic.domain.Chair;
import nova.clinic.domain.Practitioner;

/**
 * Finds the earliest free slots. A candidate start lies on the query's grid (multiples of the granularity from
 * local midnight), inside the window, and the whole slot fits in the working hours of both its chair and its
 * practitioner on a day that is neither a closing day nor a holiday, within the optional part of the day, and
 * overlaps no appointment or blockout of either resource nor a clinic-wide blockout.
 *
 * <p>The answer is greedy and deterministic: the first proposal is the earliest feasible start over all
 * (chair, practitioner) combinations, ties going to the first combination in chair then practitioner order; each
 * next proposal is the earliest feasible start at or after the end of the previous one. Proposals therefore never
 * overlap each other: they are alternatives to offer one patient.
 */
public final class SlotFinder {

    private static final long NONE = Long.MAX_VALUE;

    private final WorkingSchedule schedule;
    private final List<Chair> chairs;
    private final List<Practitioner> practitioners;

    /** Chairs and practitioners are tried in their position order (then id) when the query leaves them open. */
    public SlotFinder(WorkingSchedule schedule, List<Chair> chairs, List<Practitioner> practitioners) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.chairs = chairs.stream()
                .sorted(Comparator.comparingInt(Chair::position).thenComparing(Chair::id)).toList();
        this.practitioners = practitioners.stream()
                .sorted(Comparator.comparingInt(Practitioner::position).thenComparing(Practitioner::id)).toList();
    }

    public WorkingSchedule schedule() {
        return schedule;
    }

    public List<SlotProposal> find(SlotQuery query, BusyIndex busy) {
        List<UUID> chairIds = query.chairId() != null ? List.of(query.chairId())
                : chairs.isEmpty() ? nullList() : chairs.stream().map(Chair::id).toList();
        List<UUID> practitionerIds = query.practitionerId() != null ? List.of(query.practitionerId())
                : practitioners.isEmpty() ? nullList() : practitioners.stream().map(Practitioner::id).toList();
        int n = chairIds.size() * practitionerIds.size();
        UUID[] comboChair = new UUID[n];
        UUID[] comboPractitioner = new UUID[n];
        int k = 0;
        for (UUID c : chairIds) {
            for (UUID p : practitionerIds) {
                comboChair[k] = c;
                comboPractitioner[k] = p;
                k++;
            }
        }
        Search search = new Search(query, busy);
        long[] next = new long[n];
        Arrays.fill(next, Long.MIN_VALUE);
        long lower = query.windowStart().toEpochSecond();
        List<SlotProposal> out = new ArrayList<>(query.count());
        ZoneId zone = schedule.zone();
        while (out.size() < query.count()) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                // A cached start at or after the new lower bound is still the earliest one from there.
                if (next[i] != NONE && next[i] < lower) {
                    next[i] = search.earliest(comboChair[i], comboPractitioner[i], lower);
                }
                if (next[i] != NONE && (best < 0 || next[i] < next[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            long start = next[best];
            long end = start + search.durationSeconds;
            out.add(new SlotProposal(Instant.ofEpochSecond(start).atZone(zone),
                    Instant.ofEpochSecond(end).atZone(zone), comboChair[best], comboPractitioner[best]));
            lower = end;
        }
        return out;
    }

    private static List<UUID> nullList() {
        List<UUID> l = new ArrayList<>(1);
        l.add(null);
        return l;
    }

    /** State of one query: the busy index and the window, in epoch seconds. */
    private final class Search {
        final BusyIndex busy;
        final long durationSeconds;
        final long granularitySeconds;
        final long windowEnd;
        final ClockRange dayPart;
        final ZoneId zone = schedule.zone();

        Search(SlotQuery q, BusyIndex busy) {
            this.busy = busy;
            this.durationSeconds = q.durationMinutes() * 60L;
            this.granularitySeconds = q.granularityMinutes() * 60L;
            this.windowEnd = q.windowEnd().toEpochSecond();
            this.dayPart = q.dayPart();
        }

        /** Earliest feasible start at or after {@code from} for this chair and practitioner, or NONE. */
        long earliest(UUID chair, UUID practitioner, long from) {
            LocalDate date = Instant.ofEpochSecond(from).atZone(zone).toLocalDate();
            while (true) {
                long dayStart = date.atStartOfDay(zone).toEpochSecond();
                if (dayStart >= windowEnd) {
                    return NONE;
                }
                for (int[] range : openRanges(date, chair, practitioner)) {
                    long rangeStart = epoch(date, range[0]);
                    long rangeEnd = Math.min(epoch(date, range[1]), windowEnd);
                    long s = align(Math.max(from, rangeStart), dayStart);
                    while (s + durationSeconds <= rangeEnd) {
                        long conflictEnd = busy.latestConflictEnd(chair, practitioner, s, s + durationSeconds);
                        if (conflictEnd == Long.MIN_VALUE) {
                            return s;
                        }
                        s = align(conflictEnd, dayStart);
                    }
                }
                date = date.plusDays(1);
            }
        }

        private long align(long t, long dayStart) {
            long offset = t - dayStart;
            long steps = (offset + granularitySeconds - 1) / granularitySeconds;
            return dayStart + steps * granularitySeconds;
        }

        private long epoch(LocalDate date, int minuteOfDay) {
            LocalDateTime ldt = minuteOfDay >= ClockRange.END_OF_DAY
                    ? date.plusDays(1).atStartOfDay()
                    : LocalDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
            return ZonedDateTime.of(ldt, zone).toEpochSecond();
        }

        /** The day's ranges where both resources work, cut to the part of the day, as [startMinute, endMinute]. */
        private List<int[]> openRanges(LocalDate date, UUID chair, UUID practitioner) {
            if (schedule.isClosed(date)) {
                return List.of();
            }
            List<int[]> ranges = toArrays(schedule.openRanges(date, chair));
            if (practitioner != null) {
                ranges = intersect(ranges, toArrays(schedule.openRanges(date, practitioner)));
            }
            if (dayPart != null) {
                ranges = intersect(ranges, List.of(new int[] {dayPart.startMinute(), dayPart.endMinute()}));
            }
            return ranges;
        }
    }

    private static List<int[]> toArrays(List<ClockRange> ranges) {
        List<int[]> out = new ArrayList<>(ranges.size());
        for (ClockRange r : ranges) {
            out.add(new int[] {r.startMinute(), r.endMinute()});
        }
        return out;
    }

    /** Intersection of two sorted lists of disjoint ranges. */
    static List<int[]> intersect(List<int[]> a, List<int[]> b) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int s = Math.max(a.get(i)[0], b.get(j)[0]);
            int e = Math.min(a.get(i)[1], b.get(j)[1]);
            if (s < e) {
                out.add(new int[] {s, e});
            }
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
