package io.omniroute.console.inventory;

import java.util.Objects;

/**
 * One query's answer: the matching rows of the position table, in display order.
 *
 * @param rows row numbers of the position table; shared, not copied, so never modify it
 * @param livePositions how many positions the table held (the "of N" of the count)
 * @param tableVersion the table's version the query saw, to tell later whether it is still current
 * @param staleBefore the stale cutoff the query used, in epoch seconds: older updates are stale
 * @param nanos how long the query took
 */
public record PositionMatches(int[] rows, int livePositions, long tableVersion, long staleBefore, long nanos) {

    public PositionMatches {
        Objects.requireNonNull(rows, "rows");
    }

    public int size() {
        return rows.length;
    }

    public long millis() {
        return nanos / 1_000_000;
    }
}
