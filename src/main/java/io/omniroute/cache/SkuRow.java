package io.omniroute.cache;

import java.util.Objects;

/** A cached SKU. */
public record SkuRow(String sku, String name, String category, double unitPrice) {

    public SkuRow {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }
}
