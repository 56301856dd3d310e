package io.omniroute.engine.model;

import java.util.Objects;

/** A sellable item. */
public record Sku(String sku, String name, String category, double weightKg, double unitPrice) {

    public Sku {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }
}
