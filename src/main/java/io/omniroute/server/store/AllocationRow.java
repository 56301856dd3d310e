package io.omniroute.server.store;

import java.util.Objects;

/**
 * Units of one order line reserved at one node for one shipment. A pickup shipment has no carrier: carrier,
 * service and zone are empty strings.
 */
public record AllocationRow(
        String orderId,
        int lineNo,
        String shipmentId,
        String nodeId,
        String sku,
        int qty,
        String carrier,
        String service,
        String zone,
        double distanceKm,
        int promisedDays) {

    public AllocationRow {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
    }
}
