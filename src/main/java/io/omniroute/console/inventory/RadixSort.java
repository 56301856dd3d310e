package io.omniroute.console.inventory;

import java.util.Arrays;

/**
 * A stable least-significant-digit radix sort of row numbers by an int key per row. Linear in the rows and free of
 * boxing, where a {@code Comparator<Integer>} over two million rows takes seconds. Only as many digit passes run as
 * the keys' range needs: a quantity column usually sorts in one pass.
 */
final class RadixSort {

    /** At most 16 bits a digit: a 256 KB count table stays in cache and two passes cover any int. */
    private static final int MAX_DIGIT_BITS = 16;

    private RadixSort() {
    }

    /**
     * Sorts {@code rows} by {@code keys} (aligned: {@code keys[i]} is the key of {@code rows[i]}), in place; rows with
     * equal keys keep their order, so sorting an already ordered list by a new key breaks ties by the old order.
     */
    static void sort(int[] rows, int[] keys) {
        int length = rows.length;
        if (length < 2 || isSorted(keys)) {
            return;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int key : keys) {
            min = Math.min(min, key);
            max = Math.max(max, key);
        }
        int bits = 64 - Long.numberOfLeadingZeros((long) max - min);
        if (bits == 0) {
            return;
        }
        int passes = (bits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        int digitBits = (bits + passes - 1) / passes;
        int mask = (1 << digitBits) - 1;
        int[] counts = new int[(1 << digitBits) + 1];
        int[] rowsIn = rows;
        int[] keysIn = keys;
        int[] rowsOut = new int[length];
        int[] keysOut = new int[length];
        for (int pass = 0; pass < passes; pass++) {
            int shift = pass * digitBits;
            Arrays.fill(counts, 0);
            for (int i = 0; i < length; i++) {
                // key - min wraps for wide ranges, but read unsigned (>>>) it is the exact offset
                counts[(((keysIn[i] - min) >>> shift) & mask) + 1]++;
            }
            for (int digit = 1; digit < counts.length; digit++) {
                counts[digit] += counts[digit - 1];
            }
            for (int i = 0; i < length; i++) {
                int to = counts[((keysIn[i] - min) >>> shift) & mask]++;
                rowsOut[to] = rowsIn[i];
                keysOut[to] = keysIn[i];
            }
            int[] swap = rowsIn;
            rowsIn = rowsOut;
            rowsOut = swap;
            swap = keysIn;
            keysIn = keysOut;
            keysOut = swap;
        }
        if (rowsIn != rows) {
            System.arraycopy(rowsIn, 0, rows, 0, length);
            System.arraycopy(keysIn, 0, keys, 0, length);
        }
    }

    /** One cheap pass first: tables load in id order, so their base order often needs no sorting at all. */
    private static boolean isSorted(int[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] < keys[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
