package io.omniroute.engine.model;

import java.util.Objects;

/** Stock of one SKU at one node, before any reservation. */
public record InventoryPosition(String nodeId, String sku, int onHand, int safetyStock) {

    public InventoryPosition {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(sku, "sku");
    }
}
