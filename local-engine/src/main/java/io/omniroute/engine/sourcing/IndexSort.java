package io.omniroute.engine.sourcing;

/** Sorts int ids by a double key, stably and without boxing: the search sorts candidates on every order. */
final class IndexSort {

    private IndexSort() {
    }

    /** Sorts {@code ids[0..count)} in ascending {@code key[id]}; equal keys keep their order. */
    static void byKey(int[] ids, int count, double[] key) {
        if (count < 2) {
            return;
        }
        int[] buffer = new int[count];
        for (int width = 1; width < count; width *= 2) {
            for (int lo = 0; lo < count - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, count);
                if (key[ids[mid - 1]] <= key[ids[mid]]) {
                    continue;
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = key[ids[j]] < key[ids[i]] ? ids[j++] : ids[i++];
                }
                while (i < mid) {
                    buffer[k++] = ids[i++];
                }
                while (j < hi) {
                    buffer[k++] = ids[j++];
                }
                System.arraycopy(buffer, lo, ids, lo, hi - lo);
            }
        }
    }
}
