package io.omniroute.console.network;

import java.util.Objects;

/** A SKU and its units on hand at one node, for the node panel's top list. */
public record SkuUnits(String sku, String name, int units) {

    public SkuUnits {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
    }
}
