package io.omniroute.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A PICKUP order as its store works it.
 *
 * @param status NEW, ACCEPTED, PICKING, READY, COLLECTED, NO_SHOW or CANCELLED
 * @param value the order's value in the scenario's currency
 */
public record PickupRow(
        String orderId,
        String nodeId,
        String status,
        String customerName,
        Instant readyBy,
        double value,
        long version,
        List<PickupLineRow> lines) {

    public PickupRow {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(readyBy, "readyBy");
        lines = List.copyOf(lines);
    }
}
