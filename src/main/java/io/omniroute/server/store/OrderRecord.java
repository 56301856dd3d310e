package io.omniroute.server.store;

import io.omniroute.engine.model.Fulfillment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored order: the columns of orders.csv, its sourcing state and its optimistic-lock version.
 *
 * @param status SOURCED, PARTIAL, EXCEPTION, BACKORDERED, CANCELLED, READY or COLLECTED
 * @param profile the rules profile that sourced it
 * @param value the order's value in the scenario's currency
 */
public record OrderRecord(
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
        String status,
        String profile,
        double value,
        long version,
        List<OrderLineRow> lines,
        List<AllocationRow> allocations) {

    public OrderRecord {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(pickupNodeId, "pickupNodeId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        lines = List.copyOf(lines);
        allocations = List.copyOf(allocations);
    }
}
