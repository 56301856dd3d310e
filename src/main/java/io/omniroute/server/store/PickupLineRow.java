package io.omniroute.server.store;

import java.util.Objects;

/** One line of a pickup: what the store must gather, has made ready and has rejected. */
public record PickupLineRow(int lineNo, String sku, int qty, int readyQty, int rejectedQty) {

    public PickupLineRow {
        Objects.requireNonNull(sku, "sku");
    }
}
