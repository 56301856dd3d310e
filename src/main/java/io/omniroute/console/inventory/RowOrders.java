package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The sort order of each column, built on first use and kept while it is still right: a change of quantities keeps
 * the orders by id and name, a new catalog drops only the SKU-name order, and only new rows drop them all. Every
 * order starts from the base order (node id, then SKU id), so equal values fall back to it.
 */
final class RowOrders {

    private final Map<PositionColumn, RowOrder> orders = new EnumMap<>(PositionColumn.class);
    private int rowsBuilt = -1;
    private long versionBuilt = -1;
    private NetworkCatalog namesBuilt;
    private long staleBeforeBuilt;

    /** The column's ascending order over every row of the view (deleted rows included: filters drop them). */
    RowOrder order(PositionColumn column, PositionTable.View view, long version, SearchKeys keys, long staleBefore) {
        forgetOutdated(view.rows(), version, keys.catalog(), staleBefore);
        RowOrder order = orders.get(column);
        if (order == null) {
            order = column == PositionColumn.NODE ? baseOrder(view, keys) : sortedFromBase(column, view, keys,
                    staleBefore);
            orders.put(column, order);
        }
        return order;
    }

    private void forgetOutdated(int rows, long version, NetworkCatalog catalog, long staleBefore) {
        if (rows != rowsBuilt) {
            orders.clear();
        } else {
            if (version != versionBuilt) {
                orders.keySet().removeIf(column -> !column.ordersByIdentity());
            }
            if (catalog != namesBuilt) {
                orders.remove(PositionColumn.SKU_NAME);
            }
            if (staleBefore != staleBeforeBuilt) {
                orders.remove(PositionColumn.STALE);
            }
        }
        rowsBuilt = rows;
        versionBuilt = version;
        namesBuilt = catalog;
        staleBeforeBuilt = staleBefore;
    }

    /**
     * By node id, then SKU id: two radix passes, the SKU first so the node pass keeps it as the tie-break. A table
     * loaded in id order (as the cache hands it over) is recognised in one pass and not sorted at all.
     */
    private static RowOrder baseOrder(PositionTable.View view, SearchKeys keys) {
        int[] rows = new int[view.rows()];
        int[] sortKeys = new int[rows.length];
        boolean inOrder = true;
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
            sortKeys[row] = keys.skuRank(view.sku(row));
            inOrder = inOrder && (row == 0 || comesAfter(view, keys, row));
        }
        if (!inOrder) {
            RadixSort.sort(rows, sortKeys);
        }
        for (int i = 0; i < rows.length; i++) {
            sortKeys[i] = keys.nodeRank(view.node(rows[i]));
        }
        return RowOrder.sortedBy(rows, sortKeys);
    }

    /** True when the row sorts after the one before it by node, then SKU. */
    private static boolean comesAfter(PositionTable.View view, SearchKeys keys, int row) {
        int node = keys.nodeRank(view.node(row));
        int previousNode = keys.nodeRank(view.node(row - 1));
        return node > previousNode
                || node == previousNode && keys.skuRank(view.sku(row)) > keys.skuRank(view.sku(row - 1));
    }

    private RowOrder sortedFromBase(PositionColumn column, PositionTable.View view, SearchKeys keys,
            long staleBefore) {
        RowOrder base = orders.computeIfAbsent(PositionColumn.NODE, node -> baseOrder(view, keys));
        int[] rows = base.copyOfRows();
        int[] sortKeys = new int[rows.length];
        long oldest = column == PositionColumn.UPDATED ? oldestUpdate(view) : 0;
        for (int i = 0; i < rows.length; i++) {
            sortKeys[i] = key(column, view, keys, rows[i], staleBefore, oldest);
        }
        return RowOrder.sortedBy(rows, sortKeys);
    }

    private static int key(PositionColumn column, PositionTable.View view, SearchKeys keys, int row,
            long staleBefore, long oldest) {
        return switch (column) {
            case NODE -> keys.nodeRank(view.node(row));
            case SKU -> keys.skuRank(view.sku(row));
            case SKU_NAME -> keys.skuNameRank(view.sku(row));
            case ON_HAND -> view.onHand(row);
            case RESERVED -> view.reserved(row);
            case SAFETY_STOCK -> view.safetyStock(row);
            case ATP -> view.atp(row);
            case UPDATED -> secondsKey(view.updatedEpochSecond(row) - oldest);
            case STALE -> view.updatedEpochSecond(row) < staleBefore ? 1 : 0;
        };
    }

    /**
     * Seconds since the oldest update as an order-preserving int: exact over a 136-year span, which holds any real
     * table; a wider one would only clamp its newest rows together.
     */
    private static int secondsKey(long sinceOldest) {
        return (int) (Math.min(sinceOldest, 0xFFFF_FFFFL) + Integer.MIN_VALUE);
    }

    private static long oldestUpdate(PositionTable.View view) {
        long oldest = Long.MAX_VALUE;
        for (int row = 0; row < view.rows(); row++) {
            oldest = Math.min(oldest, view.updatedEpochSecond(row));
        }
        return oldest == Long.MAX_VALUE ? 0 : oldest;
    }
}
