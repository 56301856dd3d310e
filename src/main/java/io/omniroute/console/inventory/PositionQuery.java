package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Filters and sorts the position table's rows into a ready list of row numbers, on the caller's (background)
 * thread. A filter is one pass over the primitive columns in row order, marking matches in a bit set; the cached
 * order of the sort column is then walked once, keeping the marked rows. Per-node and per-SKU work (text matching,
 * type and state) happens once per node and SKU, never per row. Queries run one at a time; one that is no longer
 * wanted stops at the next checkpoint.
 */
public final class PositionQuery {

    /** Rows between two looks at whether the query is still wanted. */
    private static final int CHECK_EVERY = 1 << 18;

    private final PositionTable table;
    private final RowOrders orders = new RowOrders();
    private SearchKeys keys;

    private PositionQuery(PositionTable table) {
        this.table = table;
    }

    public static PositionQuery over(PositionTable table) {
        return new PositionQuery(Objects.requireNonNull(table, "table"));
    }

    /** Runs the query to its end. */
    public PositionMatches run(PositionFilter filter, PositionSort sort, NetworkCatalog catalog, long staleBefore) {
        return run(filter, sort, catalog, staleBefore, () -> true).orElseThrow();
    }

    /**
     * Runs the query unless, at one of its checkpoints, {@code wanted} says a newer one replaced it.
     *
     * @param staleBefore epoch second: positions updated before it are stale
     * @return the matches, or empty when the query was abandoned
     */
    public synchronized Optional<PositionMatches> run(PositionFilter filter, PositionSort sort, NetworkCatalog catalog,
            long staleBefore, BooleanSupplier wanted) {
        long start = System.nanoTime();
        return table.read(view -> {
            if (!wanted.getAsBoolean()) {
                return Optional.empty();
            }
            long version = table.version();
            if (keys == null || !keys.current(view, catalog)) {
                keys = SearchKeys.of(view, catalog);
            }
            RowOrder order = orders.order(sort.column(), view, version, keys, staleBefore);
            int live = view.count();
            BitSet keep = null;
            int count = view.rows();
            if (!filter.keepsAll() || live != view.rows()) {
                keep = new BitSet(view.rows());
                count = mark(view, filter, staleBefore, keep, wanted);
                if (count < 0) {
                    return Optional.empty();
                }
            }
            int[] rows = order.select(keep, count, sort.ascending());
            return Optional.of(new PositionMatches(rows, live, version, staleBefore, System.nanoTime() - start));
        });
    }

    /** Marks the live rows that pass the filter; returns how many, or -1 when the query was abandoned. */
    private int mark(PositionTable.View view, PositionFilter filter, long staleBefore, BitSet keep,
            BooleanSupplier wanted) {
        boolean[] nodeAllowed = keys.nodesOfTypeAndState(filter);
        String needle = filter.needle();
        boolean[] nodeHit = needle.isEmpty() ? null : keys.nodesMatching(needle);
        boolean[] skuHit = needle.isEmpty() ? null : keys.skusMatching(needle);
        boolean rowChecks = filter.checksRows();
        int atpAtMost = filter.atpAtMost().orElse(Integer.MAX_VALUE);
        boolean staleOnly = filter.staleOnly();
        int count = 0;
        int rows = view.rows();
        for (int row = 0; row < rows; row++) {
            if ((row & (CHECK_EVERY - 1)) == 0 && row > 0 && !wanted.getAsBoolean()) {
                return -1;
            }
            int node = view.node(row);
            if (!nodeAllowed[node] || !view.live(row)) {
                continue;
            }
            if (skuHit != null && !nodeHit[node] && !skuHit[view.sku(row)]) {
                continue;
            }
            if (rowChecks && (view.atp(row) > atpAtMost
                    || staleOnly && view.updatedEpochSecond(row) >= staleBefore)) {
                continue;
            }
            keep.set(row);
            count++;
        }
        return count;
    }
}
