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
import io.omniroute.server.store.Database;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.FeedData;
import io.omniroute.server.store.InventoryRow;
import io.omniroute.server.store.NewChange;
import io.omniroute.server.store.OrderEvent;
import io.omniroute.server.store.OrderExistsException;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** Decides the order on a read snapshot, off the writer; see {@link EngineSnapshot#plan}. */
    public EngineSnapshot.Planned plan(Database database, Order order) {
        return snapshot.plan(database, order);
    }

    /** A created order and the exceptions it opened. */
    public record Created(OrderRecord order, List<ExceptionRow> exceptions) {
    }

    public Created create(Tx tx, Order order, String actor, Instant now) throws SQLException {
        return create(tx, order, Optional.empty(), actor, now);
    }

    /**
     * Creates the order with the planned decision when it is still optimal: nothing was made available since its
     * snapshot, so the plans open now are a subset of those it chose among, and its own plan is still open. Otherwise
     * the order is decided again here.
     */
    public Created create(Tx tx, Order order, Optional<EngineSnapshot.Planned> planned, String actor,
            Instant now) throws SQLException {
        NetworkModel network = snapshot.network();
        LocalDate day = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
        SourcingDecision decision = planned.isPresent() && tx.nothingGrewSince(planned.get().epoch())
                && stillOpen(tx, planned.get().decision(), day)
                ? planned.get().decision() : snapshot.sourcerFor(tx, order).decide(order);
        List<AllocationRow> allocations = new ArrayList<>();
        Map<String, Integer> slots = new TreeMap<>();
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                allocations.add(new AllocationRow(order.orderId(), line.lineNo(), shipment.shipmentId(),
                        shipment.nodeId(), line.sku(), line.qty(), shipment.carrier(), shipment.service(),
                        shipment.zone(), shipment.distanceKm(), shipment.promisedDays()));
            }
            if (shipment.fulfillment() == Fulfillment.SHIP) {
                Node node = network.node(network.nodeIndex(shipment.nodeId()));
                slots.put(shipment.nodeId(), node.dailyCapacity().orElse(Integer.MAX_VALUE));
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
        // inserted first: its key refuses an order id that exists before any stock moves (a failing request's
        // changes are undone anyway), without a round trip to ask
        try {
            tx.orders().insert(record);
        } catch (OrderExistsException exists) {
            throw ApiException.unprocessable("order " + order.orderId() + " already exists",
                    List.of(new ApiException.Problem("order_id", "already exists")));
        }
        Map<String, InventoryRow> touched = new LinkedHashMap<>();
        for (AllocationRow allocation : allocations) {
            InventoryRow reserved = tx.inventory().reserve(allocation.nodeId(), allocation.sku(), allocation.qty(),
                    now).orElseThrow(() -> new SourcingRace("the ATP of " + allocation.sku() + " at "
                            + allocation.nodeId() + " dropped concurrently"));
            touched.put(reserved.feedId(), reserved); // a later line's move of the same position replaces it
        }
        // by node id, the order every transaction takes capacity rows in, so two never wait on each other in a cycle
        for (Map.Entry<String, Integer> slot : slots.entrySet()) {
            if (!tx.capacity().take(slot.getKey(), day, slot.getValue())) {
                throw new SourcingRace("node " + slot.getKey() + " reached its daily capacity concurrently");
            }
        }
        // as stored, so the fed timeline and exceptions, and the response, show the times a read gives back
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        List<OrderEvent> events = List.of(new OrderEvent(at, "CREATED", actor, "", ""),
                new OrderEvent(at, "SOURCED", "engine", decision.profile(), String.format(Locale.ROOT,
                        "%d shipment(s), %d of %d units, cost %.2f", decision.shipments().size(),
                        decision.unitsFilled(), order.units(), decision.totalCost())));
        for (OrderEvent event : events) {
            tx.orders().appendEvent(order.orderId(), event);
        }
        List<NewChange> changes = new ArrayList<>();
        changes.add(NewChange.of(FeedData.ORDER, order.orderId(), 1, Scope.of(record),
                Json.write(FeedData.order(record, events))));
        int n = 0;
        List<ExceptionRow> opened = new ArrayList<>();
        for (LineException exception : decision.exceptions()) {
            ExceptionRow row = new ExceptionRow(order.orderId() + "-E" + (++n), order.orderId(), exception.lineNo(),
                    exception.sku(), exception.qtyUnfilled(), exception.type().name(), exception.reason(),
                    ExceptionRow.OPEN, order.pickupNodeId(), at, Optional.empty(), Optional.empty(), 1);
            tx.exceptions().insert(row);
            opened.add(row);
            changes.add(NewChange.of(FeedData.EXCEPTION, row.exceptionId(), 1, Scope.of(row),
                    Json.write(FeedData.exception(row))));
        }
        if (order.fulfillment() == Fulfillment.PICKUP && !decision.shipments().isEmpty()) {
            PickupRow pickup = pickupOf(record, decision);
            tx.pickups().insert(pickup);
            changes.add(NewChange.of(FeedData.PICKUP, pickup.orderId(), 1, Scope.of(pickup),
                    Json.write(FeedData.pickup(pickup))));
        }
        for (InventoryRow row : touched.values()) {
            changes.add(NewChange.of(FeedData.INVENTORY, row.feedId(), row.version(), Scope.of(row),
                    Json.write(FeedData.inventory(row))));
        }
        for (NewChange change : changes) {
            tx.feed().appendAtCommit(change, seq -> { });
        }
        return new Created(record, opened);
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

    /** Whether every position and shipping slot the decision takes is still there in this transaction. */
    private boolean stillOpen(Tx tx, SourcingDecision decision, LocalDate day) throws SQLException {
        Map<String, Integer> units = new TreeMap<>();
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                units.merge(shipment.nodeId() + "|" + line.sku(), line.qty(), Integer::sum);
            }
            if (shipment.fulfillment() == Fulfillment.SHIP) {
                NetworkModel network = snapshot.network();
                int capacity = network.node(network.nodeIndex(shipment.nodeId())).dailyCapacity()
                        .orElse(Integer.MAX_VALUE);
                if (tx.capacity().used(shipment.nodeId(), day) >= capacity) {
                    return false;
                }
            }
        }
        for (Map.Entry<String, Integer> position : units.entrySet()) {
            String[] key = position.getKey().split("\\|", 2);
            if (tx.inventory().get(key[0], key[1]).map(InventoryRow::atp).orElse(0) < position.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Another transaction took the units or the shipment slot the decision needed first (another server instance
     * on the same PostgreSQL database); the caller retries the whole request.
     */
    public static final class SourcingRace extends RuntimeException {
        SourcingRace(String message) {
            super(message);
        }
    }
}
