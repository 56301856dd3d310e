package io.omniroute.engine.model;

import java.util.Objects;

/** One line of an order. */
public record OrderLine(int lineNo, String sku, int qty) {

    /** The most units one line may ask for: beyond it a quantity is a data error, not an order. */
    public static final int MAX_QTY = 1_000_000;

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
    }
}
