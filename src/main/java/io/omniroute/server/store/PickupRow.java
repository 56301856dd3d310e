package io.omniroute.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A PICKUP order as its store works it.
 *
 * @param status NEW, ACCEPTED, PICKING, READY, COLLECTED, NO_SHOW or CANCELLED
 * @param value the order's value in the scenario's currency
 * @param readyAt when the pickup last became READY; empty before that (the no-show hold counts from here)
 */
public record PickupRow(
        String orderId,
        String nodeId,
        String status,
        String customerName,
        Instant readyBy,
        double value,
        long version,
        List<PickupLineRow> lines,
        Optional<Instant> readyAt) {

    public PickupRow {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(readyBy, "readyBy");
        lines = List.copyOf(lines);
        Objects.requireNonNull(readyAt, "readyAt");
    }

    /**
     * A pickup as written back or first stored: ready_at is not part of it, since only
     * {@link PickupRepository#markReady} sets that.
     */
    public PickupRow(String orderId, String nodeId, String status, String customerName, Instant readyBy, double value,
            long version, List<PickupLineRow> lines) {
        this(orderId, nodeId, status, customerName, readyBy, value, version, lines, Optional.empty());
    }
}
