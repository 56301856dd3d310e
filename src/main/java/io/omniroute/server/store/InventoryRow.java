package io.omniroute.server.store;

import java.time.Instant;
import java.util.Objects;

/** Stock of one SKU at one node as stored: on hand, held back, reserved by open orders. */
public record InventoryRow(
        String nodeId, String sku, int onHand, int safetyStock, int reserved, long version, Instant updatedAt) {

    public InventoryRow {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Available to promise: on hand less safety stock less reserved, never below 0. */
    public int atp() {
        return Math.max(0, onHand - safetyStock - reserved);
    }

    /** The change-feed id of this position, {@code node_id|sku}. */
    public String feedId() {
        return nodeId + "|" + sku;
    }
}
