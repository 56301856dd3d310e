package io.omniroute.console.inventory;

import java.util.Objects;

/** Which column the positions are sorted by, and which way; equal values keep node id, then SKU id, order. */
public record PositionSort(PositionColumn column, boolean ascending) {

    /** The order the screen opens with: by node, then SKU. */
    public static final PositionSort DEFAULT = new PositionSort(PositionColumn.NODE, true);

    public PositionSort {
        Objects.requireNonNull(column, "column");
    }

    public static PositionSort ascending(PositionColumn column) {
        return new PositionSort(column, true);
    }

    public static PositionSort descending(PositionColumn column) {
        return new PositionSort(column, false);
    }
}
