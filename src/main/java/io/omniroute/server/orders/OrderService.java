package io.omniroute.server.orders;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.ShipmentLine;
import io.omniroute.engine.sourcing.SourcingDecision;
import io.omniroute.server.Json;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.AllocationRow;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.FeedData;
import io.omniroute.server.store.NewChange;
import io.omniroute.server.store.OrderEvent;
import io.omniroute.server.store.OrderLineRow;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.PickupLineRow;
import io.omniroute.server.store.PickupRow;
import io.omniroute.server.store.Scope;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Creates an order and sources it at once with the engine, in the caller's transaction: the reservations, the
 * shipping capacity, the order with its allocations, its typed exceptions, the pickup task and their feed rows.
 */
public final class OrderService {

    /** How long after creation a pickup should be ready. */
    static final Duration PICKUP_READY_WITHIN = Duration.ofHours(4);

    private final EngineSnapshot snapshot;
    private final NewOrderValidator validator;

    public OrderService(EngineSnapshot snapshot) {
        this.snapshot = snapshot;
        this.validator = new NewOrderValidator(snapshot.network());
    }

    /** Validates a request into an order, or throws a 422 listing every problem. */
    public Order validate(NewOrderRequest request, Instant now) {
        return validator.validate(request, now);
    }

    public OrderRecord create(Tx tx, Order order, String actor, Instant now) throws SQLException {
        if (tx.orders().version(order.orderId()).isPresent()) {
            throw ApiException.unprocessable("order " + order.orderId() + " already exists",
                    List.of(new ApiException.Problem("order_id", "already exists")));
        }
        SourcingDecision decision = snapshot.sourcerFor(tx, order).decide(order);
        NetworkModel network = snapshot.network();
        LocalDate day = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
        List<AllocationRow> allocations = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                if (!tx.inventory().reserve(shipment.nodeId(), line.sku(), line.qty(), now)) {
                    throw new IllegalStateException("stock of " + line.sku() + " at " + shipment.nodeId()
                            + " changed under a locked row");
                }
                touched.add(shipment.nodeId() + "|" + line.sku());
                allocations.add(new AllocationRow(order.orderId(), line.lineNo(), shipment.shipmentId(),
                        shipment.nodeId(), line.sku(), line.qty(), shipment.carrier(), shipment.service(),
                        shipment.zone(), shipment.distanceKm(), shipment.promisedDays()));
            }
            if (shipment.fulfillment() == Fulfillment.SHIP) {
                Node node = network.node(network.nodeIndex(shipment.nodeId()));
                int capacity = node.dailyCapacity().orElse(Integer.MAX_VALUE);
                if (!tx.capacity().take(shipment.nodeId(), day, capacity)) {
                    throw new CapacityRace(shipment.nodeId());
                }
            }
        }
        String status = decision.exceptions().isEmpty() ? "SOURCED"
                : decision.shipments().isEmpty() ? "EXCEPTION" : "PARTIAL";
        List<OrderLineRow> lines = new ArrayList<>();
        double value = 0;
        for (OrderLine line : order.lines()) {
            lines.add(new OrderLineRow(line.lineNo(), line.sku(), line.qty()));
            value += network.sku(network.skuIndex(line.sku())).unitPrice() * line.qty();
        }
        OrderRecord record = new OrderRecord(order.orderId(), order.createdAt(), order.channel(),
                order.fulfillment(), order.serviceLevel(), order.lat(), order.lon(), order.zip(), order.pickupNodeId(),
                order.customerName(), status, decision.profile(), value, 1, lines, allocations);
        tx.orders().insert(record);
        tx.orders().appendEvent(order.orderId(), new OrderEvent(now, "CREATED", actor, "", ""));
        tx.orders().appendEvent(order.orderId(), new OrderEvent(now, "SOURCED", "engine", decision.profile(),
                String.format(Locale.ROOT, "%d shipment(s), %d of %d units, cost %.2f", decision.shipments().size(),
                        decision.unitsFilled(), order.units(), decision.totalCost())));
        List<NewChange> changes = new ArrayList<>();
        changes.add(NewChange.of(FeedData.ORDER, order.orderId(), 1, Scope.of(record),
                Json.write(FeedData.order(record))));
        int n = 0;
        for (LineException exception : decision.exceptions()) {
            ExceptionRow row = new ExceptionRow(order.orderId() + "-E" + (++n), order.orderId(), exception.lineNo(),
                    exception.sku(), exception.qtyUnfilled(), exception.type().name(), exception.reason(),
                    ExceptionRow.OPEN, order.pickupNodeId(), now, Optional.empty(), Optional.empty(), 1);
            tx.exceptions().insert(row);
            changes.add(NewChange.of(FeedData.EXCEPTION, row.exceptionId(), 1, Scope.of(row),
                    Json.write(FeedData.exception(row))));
        }
        if (order.fulfillment() == Fulfillment.PICKUP && !decision.shipments().isEmpty()) {
            PickupRow pickup = pickupOf(record, decision);
            tx.pickups().insert(pickup);
            changes.add(NewChange.of(FeedData.PICKUP, pickup.orderId(), 1, Scope.of(pickup),
                    Json.write(FeedData.pickup(pickup))));
        }
        for (String key : touched) {
            String[] parts = key.split("\\|", 2);
            var row = tx.inventory().get(parts[0], parts[1]).orElseThrow();
            changes.add(NewChange.of(FeedData.INVENTORY, row.feedId(), row.version(), Scope.of(row),
                    Json.write(FeedData.inventory(row))));
        }
        tx.feed().appendAll(changes);
        return record;
    }

    private static PickupRow pickupOf(OrderRecord order, SourcingDecision decision) {
        List<PickupLineRow> lines = new ArrayList<>();
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                lines.add(new PickupLineRow(line.lineNo(), line.sku(), line.qty(), 0, 0));
            }
        }
        return new PickupRow(order.orderId(), order.pickupNodeId().orElseThrow(), "NEW", order.customerName(),
                order.createdAt().plus(PICKUP_READY_WITHIN), order.value(), 1, lines);
    }

    /** Another transaction took the node's last shipment slot first; the caller retries the whole request. */
    public static final class CapacityRace extends RuntimeException {
        CapacityRace(String nodeId) {
            super("node " + nodeId + " reached its daily capacity concurrently");
        }
    }
}
