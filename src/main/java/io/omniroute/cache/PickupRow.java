package io.omniroute.cache;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cached pickup as a store's queue shows it: the pickup entity of the change feed, the channel of its order ("" when
 * the order is not cached), the version commands must name and how many queued commands hold it pending.
 */
public record PickupRow(String orderId, String nodeId, String status, String customerName, Instant readyBy,
        double value, Optional<Instant> readyAt, List<Line> lines, String channel, long version, int pending) {

    public PickupRow {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(readyBy, "readyBy");
        Objects.requireNonNull(readyAt, "readyAt");
        Objects.requireNonNull(channel, "channel");
        lines = List.copyOf(lines);
    }

    /** A command for this pickup is queued or in conflict, so the feed has not yet shown its effect. */
    public boolean isPending() {
        return pending > 0;
    }

    /**
     * One line of the pickup. {@code location} is the bin or aisle where the backend names one (it does not yet), so
     * a pick list can walk the shelves in order.
     */
    public record Line(int lineNo, String sku, int qty, int readyQty, int rejectedQty, Optional<String> location) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(location, "location");
        }

        /** Units the store still holds for the customer: those it has not rejected. */
        public int heldQty() {
            return Math.max(0, qty - rejectedQty);
        }

        /** Held units not yet ready: what is left to pick. */
        public int toPickQty() {
            return Math.max(0, heldQty() - readyQty);
        }
    }
}
