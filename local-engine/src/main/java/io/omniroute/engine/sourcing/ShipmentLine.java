package io.omniroute.engine.sourcing;

import java.util.Objects;

/** Units of one order line carried by one shipment. */
public record ShipmentLine(int lineNo, String sku, int qty) {

    public ShipmentLine {
        Objects.requireNonNull(sku, "sku");
    }
}
