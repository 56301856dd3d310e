package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedOrder;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cached orders built by hand for the exception screen's unit tests. */
final class Orders {

    static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private final List<CachedOrder.Line> lines = new ArrayList<>();
    private final List<CachedOrder.Allocation> allocations = new ArrayList<>();
    private final String orderId;
    private long version = 3;

    private Orders(String orderId) {
        this.orderId = orderId;
    }

    static Orders order(String orderId) {
        return new Orders(orderId);
    }

    Orders line(int lineNo, String sku, int qty, int cancelled, int backordered) {
        lines.add(new CachedOrder.Line(lineNo, sku, qty, cancelled, backordered));
        return this;
    }

    Orders allocated(int lineNo, String nodeId, int qty) {
        String sku = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow().sku();
        allocations.add(new CachedOrder.Allocation(lineNo, sku, qty, nodeId, orderId + "-" + nodeId, "PARCELCO",
                "GROUND", "Z1", 12.0, 3));
        return this;
    }

    Orders version(long newVersion) {
        version = newVersion;
        return this;
    }

    CachedOrder build() {
        List<OrderLine> ordered = lines.stream().map(l -> new OrderLine(l.lineNo(), l.sku(), l.qty())).toList();
        Order order = new Order(orderId, CREATED, "WEB", Fulfillment.SHIP, "STANDARD", 40.7, -74.0, "10001",
                Optional.empty(), "Ada Park", ordered);
        return new CachedOrder(order, version, "PARTIAL", "default", 99.5, 0, lines, allocations, List.of());
    }
}
