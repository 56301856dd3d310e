package io.omniroute.engine.scenario;

import java.util.Arrays;

/**
 * Remembers which (a, b) pairs of numbers below {@code aCount} and {@code bCount} were seen, and on which line.
 * Inventory has millions of node+SKU pairs, so this works on primitive arrays.
 *
 * <p>Usually nodes × SKUs is small enough for one bit per possible pair, which stays in the CPU caches; the line of a
 * repeated pair is then found by scanning the rows seen so far, which only bad input pays for. Larger networks use
 * an open-addressing table from pair to line.
 */
final class PairLines {

    private static final long DENSE_LIMIT = 1L << 27;
    private static final long EMPTY = -1L;

    private final int bCount;
    private final long[] seenBits;
    /** Dense mode: each row's pair (high half) and line (low half), in the order seen. */
    private long[] rows = new long[1024];
    private int rowCount;
    /** Sparse mode: pair keys and their lines by slot. */
    private long[] keys;
    private int[] lines;
    private int size;

    PairLines(int aCount, int bCount) {
        this.bCount = bCount;
        boolean dense = (long) aCount * bCount <= DENSE_LIMIT;
        seenBits = dense ? new long[(int) (((long) aCount * bCount + 63) >>> 6)] : null;
        if (!dense) {
            keys = new long[1024];
            lines = new int[1024];
            Arrays.fill(keys, EMPTY);
        }
    }

    /** Records the pair on this line; returns the line it was seen on before, or 0 when it is new. */
    int putIfAbsent(int a, int b, int line) {
        long pair = (long) a * bCount + b;
        return seenBits != null ? putDense(pair, line) : putSparse(pair, line);
    }

    private int putDense(long pair, int line) {
        int word = (int) (pair >>> 6);
        long bit = 1L << pair;
        if ((seenBits[word] & bit) != 0) {
            return earlierLine(pair);
        }
        seenBits[word] |= bit;
        if (rowCount == rows.length) {
            rows = Arrays.copyOf(rows, rowCount * 2);
        }
        rows[rowCount++] = (pair << 32) | line;
        return 0;
    }

    private int earlierLine(long pair) {
        for (int i = 0; i < rowCount; i++) {
            if (rows[i] >>> 32 == pair) {
                return (int) rows[i];
            }
        }
        throw new IllegalStateException("pair " + pair + " is marked seen but has no row");
    }

    private int putSparse(long key, int line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        lines[slot] = line;
        size++;
        return 0;
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], mask);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
