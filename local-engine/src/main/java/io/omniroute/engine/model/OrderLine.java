package io.omniroute.engine.model;

import java.util.Objects;

/** One line of an order. */
public record OrderLine(int lineNo, String sku, int qty) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
    }
}
