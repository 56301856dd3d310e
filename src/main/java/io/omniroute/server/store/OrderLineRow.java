package io.omniroute.server.store;

import java.util.Objects;

/**
 * One line of a stored order.
 *
 * @param cancelledQty units cancelled for good
 * @param backorderedQty units waiting for stock, with no allocation
 */
public record OrderLineRow(int lineNo, String sku, int qty, int cancelledQty, int backorderedQty) {

    public OrderLineRow {
        Objects.requireNonNull(sku, "sku");
        if (cancelledQty < 0 || backorderedQty < 0 || cancelledQty + backorderedQty > qty) {
            throw new IllegalArgumentException("line " + lineNo + " of " + qty + " units has " + cancelledQty
                    + " cancelled and " + backorderedQty + " backordered: each must be >= 0 and together <= qty");
        }
    }

    /** A new line: nothing cancelled or backordered yet. */
    public OrderLineRow(int lineNo, String sku, int qty) {
        this(lineNo, sku, qty, 0, 0);
    }

    /** Units the order still means to deliver: neither cancelled nor backordered. */
    public int openQty() {
        return qty - cancelledQty - backorderedQty;
    }
}
