package io.omniroute.server.store;

import java.util.Objects;

/** One line of a stored order. */
public record OrderLineRow(int lineNo, String sku, int qty) {

    public OrderLineRow {
        Objects.requireNonNull(sku, "sku");
    }
}
