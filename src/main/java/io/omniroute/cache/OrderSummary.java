package io.omniroute.cache;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A cached order as a planner glances at it: its header, its lines and where each line's units are allocated. */
public record OrderSummary(String orderId, String status, Instant createdAt, String channel, String fulfillment,
        String serviceLevel, double value, Optional<String> pickupNodeId, int pending, List<Line> lines,
        List<Allocation> allocations) {

    public OrderSummary {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(pickupNodeId, "pickupNodeId");
        lines = List.copyOf(lines);
        allocations = List.copyOf(allocations);
    }

    public record Line(int lineNo, String sku, int qty, int cancelledQty, int backorderedQty) {
    }

    public record Allocation(int lineNo, String sku, int qty, String nodeId, String carrier, String service,
            double distanceKm, int promisedDays) {
    }
}
