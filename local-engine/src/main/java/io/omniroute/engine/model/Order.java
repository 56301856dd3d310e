package io.omniroute.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer order.
 *
 * @param pickupNodeId the store a PICKUP order is collected at; empty for SHIP orders
 * @param customerName empty when the source did not provide one
 */
public record Order(
        String orderId,
        Instant createdAt,
        String channel,
        Fulfillment fulfillment,
        String serviceLevel,
        double lat,
        double lon,
        String zip,
        Optional<String> pickupNodeId,
        String customerName,
        List<OrderLine> lines) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(pickupNodeId, "pickupNodeId");
        Objects.requireNonNull(customerName, "customerName");
        lines = List.copyOf(lines);
    }

    public int units() {
        int units = 0;
        for (OrderLine line : lines) {
            units += line.qty();
        }
        return units;
    }
}
