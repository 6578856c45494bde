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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // One consistent view of the index for the whole search, even while a sync applies changes.
        synchronized (busy) {
            return search(query, busy);
        }
    }

    private List<SlotProposal> search(SlotQuery query, BusyIndex busy) {
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
        Search search = new Search(query, busy, comboChair, comboPractitioner);
        // next[i] is the earliest start of combination i when exact[i], else a bound before which it has none.
        // Bounding each search by the best start found so far keeps a busy practitioner from being searched for
        // weeks ahead while another combination is free today.
        long lower = query.windowStart().toEpochSecond();
        long[] next = new long[n];
        boolean[] exact = new boolean[n];
        Arrays.fill(next, lower);
        List<SlotProposal> out = new ArrayList<>(query.count());
        ZoneId zone = schedule.zone();
        while (out.size() < query.count()) {
            int best = -1;
            long bestStart = NONE;
            for (int i = 0; i < n; i++) {
                if (exact[i] && next[i] == NONE) {
                    continue;
                }
                if (!exact[i] || next[i] < lower) {
                    long from = Math.max(lower, next[i]);
                    if (from >= bestStart) {
                        next[i] = from;
                        exact[i] = false;
                        continue;
                    }
                    long found = search.earliest(i, from, bestStart);
                    if (found == NONE) {
                        next[i] = NONE;
                        exact[i] = true;
                        continue;
                    }
                    if (found >= bestStart) {
                        next[i] = bestStart;
                        exact[i] = false;
                        continue;
                    }
                    next[i] = found;
                    exact[i] = true;
                }
                if (next[i] < bestStart) {
                    best = i;
                    bestStart = next[i];
                }
            }
            if (best < 0) {
                break;
            }
            long end = bestStart + search.durationSeconds;
            out.add(new SlotProposal(Instant.ofEpochSecond(bestStart).atZone(zone),
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

    /**
     * State of one query. Each resource's free time of a day (its open ranges minus what holds it) is computed once
     * and shared by every combination using that resource; a combination's free time is the intersection.
     */
    private final class Search {
        final BusyIndex busy;
        final long durationSeconds;
        final long granularitySeconds;
        final long windowEnd;
        final ClockRange dayPart;
        final ZoneId zone = schedule.zone();
        final UUID[] chairs;
        final UUID[] practitioners;
        final Map<Long, long[]>[] comboFree;
        final Map<UUID, Map<Long, long[]>> resourceFree = new HashMap<>();
        final Map<Long, long[]> clinicFree = new HashMap<>();
        final Map<Long, Long> dayStarts = new HashMap<>();

        @SuppressWarnings("unchecked")
        Search(SlotQuery q, BusyIndex busy, UUID[] chairs, UUID[] practitioners) {
            this.busy = busy;
            this.chairs = chairs;
            this.practitioners = practitioners;
            this.comboFree = new Map[chairs.length];
            this.durationSeconds = q.durationMinutes() * 60L;
            this.granularitySeconds = q.granularityMinutes() * 60L;
            this.windowEnd = q.windowEnd().toEpochSecond();
            this.dayPart = q.dayPart();
        }

        /**
         * Earliest feasible start in [from, limit) for this combination; {@code limit} when there is none before
         * it; NONE when the window ends first.
         */
        long earliest(int combo, long from, long limit) {
            LocalDate date = Instant.ofEpochSecond(from).atZone(zone).toLocalDate();
            while (true) {
                long dayStart = dayStart(date);
                if (dayStart >= windowEnd) {
                    return NONE;
                }
                if (dayStart >= limit) {
                    return limit;
                }
                long[] free = comboFree(combo, date);
                for (int r = 0; r < free.length; r += 2) {
                    long end = Math.min(free[r + 1], windowEnd);
                    long s = align(Math.max(from, free[r]), dayStart);
                    if (s + durationSeconds <= end) {
                        return s < limit ? s : limit;
                    }
                    if (s >= limit) {
                        return limit;
                    }
                }
                date = date.plusDays(1);
            }
        }

        private long[] comboFree(int combo, LocalDate date) {
            Map<Long, long[]> cache = comboFree[combo];
            if (cache == null) {
                cache = new HashMap<>();
                comboFree[combo] = cache;
            }
            long key = date.toEpochDay();
            long[] free = cache.get(key);
            if (free == null) {
                free = resourceFree(chairs[combo], date);
                if (practitioners[combo] != null && free.length > 0) {
                    free = intersect(free, resourceFree(practitioners[combo], date));
                }
                if (dayPart != null && free.length > 0) {
                    free = intersect(free, new long[] {epoch(date, dayPart.startMinute()),
                        epoch(date, dayPart.endMinute())});
                }
                cache.put(key, free);
            }
            return free;
        }

        /** A resource's (or, for null, the clinic's) open time of the day minus everything holding it. */
        private long[] resourceFree(UUID resource, LocalDate date) {
            Map<Long, long[]> cache = resource == null ? clinicFree
                    : resourceFree.computeIfAbsent(resource, k -> new HashMap<>());
            long key = date.toEpochDay();
            long[] free = cache.get(key);
            if (free == null) {
                free = subtract(openRanges(date, resource), busy, resource);
                cache.put(key, free);
            }
            return free;
        }

        private long[] openRanges(LocalDate date, UUID resource) {
            if (schedule.isClosed(date)) {
                return new long[0];
            }
            List<ClockRange> ranges = schedule.openRanges(date, resource);
            long[] out = new long[ranges.size() * 2];
            for (int i = 0; i < ranges.size(); i++) {
                out[2 * i] = epoch(date, ranges.get(i).startMinute());
                out[2 * i + 1] = epoch(date, ranges.get(i).endMinute());
            }
            return out;
        }

        private long[] subtract(long[] open, BusyIndex index, UUID resource) {
            if (open.length == 0) {
                return open;
            }
            long[] held = index.busyUnion(resource, open[0], open[open.length - 1]);
            if (held.length == 0) {
                return open;
            }
            LongPairs out = new LongPairs();
            int h = 0;
            for (int r = 0; r < open.length; r += 2) {
                long s = open[r];
                long e = open[r + 1];
                while (h < held.length && held[h + 1] <= s) {
                    h += 2;
                }
                int k = h;
                while (s < e && k < held.length && held[k] < e) {
                    if (held[k] > s) {
                        out.add(s, held[k]);
                    }
                    s = Math.max(s, held[k + 1]);
                    k += 2;
                }
                if (s < e) {
                    out.add(s, e);
                }
            }
            return out.toArray();
        }

        private long dayStart(LocalDate date) {
            return dayStarts.computeIfAbsent(date.toEpochDay(), d -> date.atStartOfDay(zone).toEpochSecond());
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
    }

    /** Intersection of two sorted lists of disjoint [start, end) pairs, flattened. */
    static long[] intersect(long[] a, long[] b) {
        LongPairs out = new LongPairs();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long s = Math.max(a[i], b[j]);
            long e = Math.min(a[i + 1], b[j + 1]);
            if (s < e) {
                out.add(s, e);
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return out.toArray();
    }
}
