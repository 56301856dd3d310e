package io.omniroute.server.commands;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.server.auth.Session;
import io.omniroute.server.store.AllocationRow;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SHIP_CONFIRM: the shipping nodes (a WMS or another integration) report that the order left. Its reserved units
 * are committed, so they leave reserved and on-hand stock together, and the order is SHIPPED.
 *
 * <p>The whole order is confirmed at once: the schema keeps no shipped mark per shipment, so a confirmation of one
 * shipment of several could not be told apart from the rest later.
 */
final class ShipConfirm implements CommandHandler {

    static final String SHIPPED = "SHIPPED";
    /** Only an order with every unit allocated ships; the units of any other still wait for a planner. */
    private static final String SHIPPABLE = "SOURCED";

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        OrderRecord order = Targets.visibleOrder(tx, command.target(), caller);
        Targets.requireVersion("order " + order.orderId(), order.version(), command.expectedVersion(),
                Views.order(order));
        Problems problems = new Problems();
        new Payload(command.payload(), Set.of(), problems);
        if (order.fulfillment() != Fulfillment.SHIP) {
            problems.add("target", "order " + order.orderId() + " is a " + order.fulfillment()
                    + " order: its customer collects it (PICKUP_COLLECTED)");
        } else if (!SHIPPABLE.equals(order.status())) {
            problems.add("status", "order " + order.orderId() + " is " + order.status() + ": "
                    + CommandType.SHIP_CONFIRM + " applies to an order that is " + SHIPPABLE);
        }
        problems.throwIfAny("order " + order.orderId() + " cannot be confirmed as shipped");

        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        StockMoves moves = new StockMoves();
        for (AllocationRow allocation : order.allocations()) {
            moves.commit(allocation.nodeId(), allocation.sku(), allocation.qty());
        }
        moves.apply(tx, change.shipDay(), now, problems, feed);
        problems.throwIfAny("order " + order.orderId() + " cannot be confirmed as shipped");
        OrderRecord after = change.save(SHIPPED, SHIPPED, command.reason(), shipments(order));
        return new Applied(after.version(), feed.append(tx));
    }

    /** "S1 from DC-001 by UPS GROUND (3 units); ..." for the order's history. */
    private static String shipments(OrderRecord order) {
        Map<String, AllocationRow> first = new TreeMap<>();
        Map<String, Integer> units = new TreeMap<>();
        for (AllocationRow allocation : order.allocations()) {
            first.putIfAbsent(allocation.shipmentId(), allocation);
            units.merge(allocation.shipmentId(), allocation.qty(), Integer::sum);
        }
        StringBuilder details = new StringBuilder();
        for (Map.Entry<String, AllocationRow> shipment : first.entrySet()) {
            AllocationRow row = shipment.getValue();
            if (!details.isEmpty()) {
                details.append("; ");
            }
            details.append(shipment.getKey()).append(" from ").append(row.nodeId()).append(" by ")
                    .append(row.carrier()).append(' ').append(row.service())
                    .append(" (").append(units.get(shipment.getKey())).append(" units)");
        }
        return details.toString();
    }
}
