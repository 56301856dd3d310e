package io.omniroute.cache;

import io.omniroute.engine.model.Order;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cached order whole: the engine's {@link Order} (what it was asked for), and what the backend last said of it:
 * version, status, profile, value, each line's cancelled and backordered units, its allocations and its timeline.
 *
 * @param pending how many of the user's commands on it are still in the outbox (PENDING or CONFLICT)
 */
public record CachedOrder(Order order, long version, String status, String profile, double value, int pending,
        List<Line> lines, List<Allocation> allocations, List<Event> events) {

    public CachedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        lines = List.copyOf(lines);
        allocations = List.copyOf(allocations);
        events = List.copyOf(events);
    }

    public String orderId() {
        return order.orderId();
    }

    /** One order line as the backend accounts for its units. */
    public record Line(int lineNo, String sku, int qty, int cancelledQty, int backorderedQty) {

        /** Units the order still means to deliver: neither cancelled nor backordered. */
        public int openQty() {
            return qty - cancelledQty - backorderedQty;
        }
    }

    /** Units of one line at one node, in one shipment; carrier, service and zone are empty for a pickup. */
    public record Allocation(int lineNo, String sku, int qty, String nodeId, String shipmentId, String carrier,
            String service, String zone, double distanceKm, int promisedDays) {
    }

    /** One step of the order's history: who did what, when and why. */
    public record Event(Instant at, String type, String actor, String reason, String details) {
    }

    /** Units of the line allocated now. */
    public int allocated(int lineNo) {
        return allocations.stream().filter(a -> a.lineNo() == lineNo).mapToInt(Allocation::qty).sum();
    }
}
