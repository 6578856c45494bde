package nova.patient.service;

import java.util.Arrays;

/** An unordered growable list of ints without boxing, for posting lists. */
final class IntBag {

    private int[] values = new int[4];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Removes one occurrence (order is not kept); false if absent. */
    boolean remove(int v) {
        for (int i = 0; i < size; i++) {
            if (values[i] == v) {
                values[i] = values[--size];
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    boolean isEmpty() {
        return size == 0;
    }
}
