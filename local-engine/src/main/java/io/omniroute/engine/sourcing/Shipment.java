package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.Fulfillment;
import java.util.List;
import java.util.Objects;

/**
 * Units leaving one node together. A PICKUP shipment has no carrier: carrier, service and zone are empty.
 *
 * @param carrierCost base_rate + per_kg × weight of the chosen service
 * @param totalCost handling + pick + carrier: the real cost, without rule biases or penalties
 * @param promisedDays processing days of the node plus transit days of the service
 */
public record Shipment(
        String shipmentId,
        String nodeId,
        Fulfillment fulfillment,
        String carrier,
        String service,
        String zone,
        double distanceKm,
        int units,
        double weightKg,
        double handlingCost,
        double pickCost,
        double carrierCost,
        double totalCost,
        int promisedDays,
        List<ShipmentLine> lines) {

    public Shipment {
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        lines = List.copyOf(lines);
    }
}
