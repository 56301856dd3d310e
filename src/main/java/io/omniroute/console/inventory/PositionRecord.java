package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.console.model.PositionTable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the positions table as the screen shows it, built only when a cell asks for it. Immutable, so a table
 * cell reads plain fields and never holds a property per value.
 *
 * @param row the row number in the position table, which stays the position's for the table's life
 * @param updatedEpochSecond when the backend last changed the position; 0 when it did not say
 * @param stale not updated within the stale age (an unknown age counts as stale)
 */
public record PositionRecord(int row, String nodeId, String nodeName, String sku, String skuName, int onHand,
        int reserved, int safetyStock, int atp, long updatedEpochSecond, boolean stale) {

    public PositionRecord {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(skuName, "skuName");
    }

    /** Reads the row; call inside {@link PositionTable#read}. */
    public static PositionRecord read(PositionTable.View view, int row, NetworkCatalog catalog, long staleBefore) {
        String nodeId = view.nodeId(view.node(row));
        String sku = view.skuId(view.sku(row));
        long updated = view.updatedEpochSecond(row);
        return new PositionRecord(row, nodeId, catalog.node(nodeId).map(NodeInfo::name).orElse(""), sku,
                catalog.skuName(sku), view.onHand(row), view.reserved(row), view.safetyStock(row), view.atp(row),
                updated, updated < staleBefore);
    }

    /** When the backend last changed the position, unless it did not say. */
    public Optional<Instant> updatedAt() {
        return updatedEpochSecond == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(updatedEpochSecond));
    }
}
