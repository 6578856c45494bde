package nova.agenda.service;

import java.util.Arrays;
import java.util.List;

/**
 * Busy entries of one key sorted by start, in parallel arrays so that a lookup is a binary search over longs.
 * Entries may overlap each other (double bookings under the WARN policy). Insert and remove shift the arrays; with a
 * few thousand entries per chair a year that is a microsecond, far cheaper than the lookups it speeds up.
 */
final class IntervalList {

    private long[] starts;
    private long[] ends;
    private BusyEntry[] entries;
    private int size;
    /** Upper bound of the longest entry; an entry starting earlier than from - maxLength cannot reach from. */
    private long maxLength;

    IntervalList() {
        this(16);
    }

    /** A small capacity suits per-patient lists: most patients have a few appointments a year. */
    IntervalList(int capacity) {
        starts = new long[capacity];
        ends = new long[capacity];
        entries = new BusyEntry[capacity];
    }

    int size() {
        return size;
    }

    void add(BusyEntry e) {
        if (size == starts.length) {
            int n = Math.max(4, size * 2);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            entries = Arrays.copyOf(entries, n);
        }
        int i = upperBound(e.startSecond());
        System.arraycopy(starts, i, starts, i + 1, size - i);
        System.arraycopy(ends, i, ends, i + 1, size - i);
        System.arraycopy(entries, i, entries, i + 1, size - i);
        starts[i] = e.startSecond();
        ends[i] = e.endSecond();
        entries[i] = e;
        size++;
        maxLength = Math.max(maxLength, e.endSecond() - e.startSecond());
    }

    boolean remove(BusyEntry e) {
        int i = lowerBound(e.startSecond());
        for (; i < size && starts[i] == e.startSecond(); i++) {
            if (entries[i].id().equals(e.id())) {
                System.arraycopy(starts, i + 1, starts, i, size - i - 1);
                System.arraycopy(ends, i + 1, ends, i, size - i - 1);
                System.arraycopy(entries, i + 1, entries, i, size - i - 1);
                size--;
                entries[size] = null;
                if (e.endSecond() - e.startSecond() >= maxLength) {
                    recomputeMaxLength();
                }
                return true;
            }
        }
        return false;
    }

    void collectOverlapping(long from, long to, List<BusyEntry> out) {
        for (int i = lowerBound(from - maxLength); i < size && starts[i] < to; i++) {
            if (ends[i] > from) {
                out.add(entries[i]);
            }
        }
    }

    /** Appends [start, end] of every entry overlapping [from, to) to {@code out}, in start order. */
    void collectIntervals(long from, long to, LongPairs out) {
        for (int i = lowerBound(from - maxLength); i < size && starts[i] < to; i++) {
            if (ends[i] > from) {
                out.add(starts[i], ends[i]);
            }
        }
    }

    private void recomputeMaxLength() {
        long m = 0;
        for (int i = 0; i < size; i++) {
            m = Math.max(m, ends[i] - starts[i]);
        }
        maxLength = m;
    }

    /** First index whose start is >= value. */
    private int lowerBound(long value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose start is > value (keeps insertion order among equal starts). */
    private int upperBound(long value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
