package io.omniroute.console.inventory;

import java.util.BitSet;

/**
 * Every row of the table sorted ascending by one column, with the places where the column's value changes. Knowing
 * those groups lets one order serve both directions: descending walks the groups from the last to the first but
 * each group forward, so equal values keep their node, SKU order either way and no second permutation is kept.
 */
final class RowOrder {

    private final int[] rows;
    private final BitSet groupStarts;

    private RowOrder(int[] rows, BitSet groupStarts) {
        this.rows = rows;
        this.groupStarts = groupStarts;
    }

    /** Sorts {@code rows} in place by the aligned {@code keys}, stably, and remembers where each key begins. */
    static RowOrder sortedBy(int[] rows, int[] keys) {
        RadixSort.sort(rows, keys);
        BitSet starts = new BitSet(rows.length);
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                starts.set(i);
            }
        }
        return new RowOrder(rows, starts);
    }

    int size() {
        return rows.length;
    }

    /** The row at that place of the ascending order. */
    int row(int index) {
        return rows[index];
    }

    /**
     * The rows whose bit is set in {@code keep} (all when it is null), in this order or the reverse one.
     *
     * @param count how many rows {@code keep} holds, so the result is allocated once at its exact size
     */
    int[] select(BitSet keep, int count, boolean ascending) {
        int[] out = new int[count];
        int filled = 0;
        if (ascending) {
            for (int i = 0; i < rows.length && filled < count; i++) {
                int row = rows[i];
                if (keep == null || keep.get(row)) {
                    out[filled++] = row;
                }
            }
            return out;
        }
        int end = rows.length;
        while (end > 0 && filled < count) {
            int start = groupStarts.previousSetBit(end - 1);
            for (int i = start; i < end; i++) {
                int row = rows[i];
                if (keep == null || keep.get(row)) {
                    out[filled++] = row;
                }
            }
            end = start;
        }
        return out;
    }

    /** The ascending order as a fresh array, for the next column's sort to break its ties by. */
    int[] copyOfRows() {
        return rows.clone();
    }
}
