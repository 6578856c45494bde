package nova.agenda.service;

import java.util.Arrays;

/** A growable list of [start, end) pairs of longs, flattened, without boxing. */
final class LongPairs {

    private long[] values = new long[32];
    private int size;

    void add(long start, long end) {
        if (size + 2 > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = start;
        values[size++] = end;
    }

    int pairCount() {
        return size / 2;
    }

    /** The union of the pairs: sorted, disjoint, touching pairs merged. */
    long[] sortedUnion() {
        int n = size / 2;
        if (n == 0) {
            return new long[0];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = values[2 * i] >= values[2 * i - 2];
        }
        if (!sorted) {
            Arrays.sort(order, (a, b) -> Long.compare(values[2 * a], values[2 * b]));
        }
        long[] out = new long[2 * n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            long s = values[2 * order[k]];
            long e = values[2 * order[k] + 1];
            if (m > 0 && s <= out[m - 1]) {
                out[m - 1] = Math.max(out[m - 1], e);
            } else {
                out[m++] = s;
                out[m++] = e;
            }
        }
        return Arrays.copyOf(out, m);
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
