package io.omniroute.server.commands;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.ShipmentLine;
import io.omniroute.engine.sourcing.Sourcer;
import io.omniroute.server.auth.Session;
import io.omniroute.server.orders.EngineSnapshot;
import io.omniroute.server.store.AllocationRow;
import io.omniroute.server.store.ExceptionRow;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.PickupLineRow;
import io.omniroute.server.store.PickupRow;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * PICKUP_REJECT: the store cannot give some units. They are written off its stock, so no later order is promised
 * them, and re-sourced by the rules at the same store: units it still has on its shelf are reserved again and stay on
 * the pickup (the store picks again). The rest become a STORE_REJECTED exception naming the alternatives for a
 * planner; the pickup never moves to another store without the customer's decision.
 */
final class PickupReject implements CommandHandler {

    static final String STORE_REJECTED = "STORE_REJECTED";
    private static final Set<String> KEYS = Set.of("lines", "reason_code");
    private static final Set<String> REASONS = Set.of("DAMAGED", "NOT_FOUND", "MIS_STOCKED");

    private final NetworkModel network;
    private final EngineSnapshot engine;

    PickupReject(NetworkModel network) {
        this.network = network;
        this.engine = EngineSnapshot.over(network);
    }

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        PickupTarget target = PickupTarget.load(tx, caller, command);
        OrderRecord order = target.order();
        PickupRow pickup = target.pickup();
        Problems problems = new Problems();
        target.requireStatus(Set.of("NEW", "ACCEPTED", "PICKING", "READY"), CommandType.PICKUP_REJECT, problems);
        Payload payload = new Payload(command.payload(), KEYS, problems);
        List<LineRequest> lines = payload.lines(false);
        Optional<String> reasonCode = payload.requiredText("reason_code");
        if (reasonCode.isPresent() && !REASONS.contains(reasonCode.get())) {
            problems.add("reason_code", "'" + reasonCode.get() + "' must be one of DAMAGED, NOT_FOUND, MIS_STOCKED");
        }
        Map<Integer, Integer> held = new TreeMap<>();
        for (PickupLineRow line : pickup.lines()) {
            held.put(line.lineNo(), PickupUpdate.held(line));
        }
        LineRequest.checkQuantities(lines, held, "units held", problems);
        problems.throwIfAny("the rejection is not valid");

        Map<Integer, Integer> rejected = new TreeMap<>();
        for (LineRequest line : lines) {
            rejected.merge(line.lineNo(), line.qty(), Integer::sum);
        }
        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        StockMoves moves = new StockMoves();
        // The sourcer locks every position of the SKUs first, in key order, as order creation does.
        Sourcer sourcer = engine.sourcerForSkus(tx, skus(change, rejected), now);
        Map<Integer, AllocationRow> writtenOff = writeOff(change, rejected, moves);
        Map<Integer, Integer> again = reserveAgain(sourcer, change, pickup, rejected, writtenOff, moves, now);
        change.moveSlots(moves, network);
        moves.apply(tx, change.shipDay(), now, problems, feed);
        problems.throwIfAny("the rejected units cannot be reserved again at " + pickup.nodeId());
        PickupRow saved = PickupUpdate.save(tx, withRejected(pickup, rejected, again), feed);

        String why = reasonCode.orElseThrow() + " at " + pickup.nodeId()
                + (command.reason().isBlank() ? "" : ": " + command.reason());
        RejectAlternatives alternatives = new RejectAlternatives(network, sourcer,
                tx.inventory().forSkus(skus(change, rejected), false));
        List<String> details = raiseExceptions(change, pickup.nodeId(), rejected, again, why, alternatives, now);
        String status = change.status();
        if (status.equals("SOURCED") && saved.status().equals("READY")) {
            status = "READY";
        }
        change.save(status, "REJECTED", command.reason(), String.join("; ", details));
        return new Applied(saved.version(), feed.append(tx));
    }

    /**
     * Raises a STORE_REJECTED exception, naming the alternatives, for the rejected units of each line the store
     * could not reserve again; returns the event's detail for each line.
     */
    private static List<String> raiseExceptions(OrderChange change, String storeId, Map<Integer, Integer> rejected,
            Map<Integer, Integer> again, String why, RejectAlternatives alternatives, Instant now)
            throws SQLException {
        List<String> details = new ArrayList<>();
        for (Map.Entry<Integer, Integer> line : rejected.entrySet()) {
            int lineNo = line.getKey();
            int reReserved = again.getOrDefault(lineNo, 0);
            int open = line.getValue() - reReserved;
            String detail = "line " + lineNo + ": " + line.getValue() + " rejected (" + why + "), " + reReserved
                    + " reserved again at " + storeId + ", " + open + " to exception";
            if (open > 0) {
                String sku = change.line(lineNo).orElseThrow().sku();
                String reason = why + ". " + storeId + " has " + (reReserved > 0 ? "only " + reReserved : "no")
                        + " other units of " + sku + " for them. "
                        + alternatives.describe(change.before(), storeId, lineNo, sku, open, now);
                ExceptionRow raised = change.raiseException(lineNo, sku, open, STORE_REJECTED, reason,
                        Optional.of(storeId));
                detail += " " + raised.exceptionId();
            }
            details.add(detail);
        }
        return details;
    }

    private static Set<String> skus(OrderChange change, Map<Integer, Integer> rejected) {
        Set<String> skus = new TreeSet<>();
        for (int lineNo : rejected.keySet()) {
            skus.add(change.line(lineNo).orElseThrow().sku());
        }
        return skus;
    }

    /**
     * Takes the rejected units off the order's allocations and queues them to be written off where they were
     * reserved; returns, by line, an allocation the units came from (the store's) to put units found again back on.
     */
    private static Map<Integer, AllocationRow> writeOff(OrderChange change, Map<Integer, Integer> rejected,
            StockMoves moves) {
        Map<Integer, AllocationRow> from = new TreeMap<>();
        for (Map.Entry<Integer, Integer> line : rejected.entrySet()) {
            int taken = 0;
            for (AllocationRow allocation : change.removeUnits(line.getKey(), line.getValue())) {
                moves.writeOff(allocation.nodeId(), allocation.sku(), allocation.qty());
                from.putIfAbsent(line.getKey(), allocation);
                taken += allocation.qty();
            }
            if (taken != line.getValue()) {
                throw new IllegalStateException("line " + line.getKey() + " of " + change.before().orderId()
                        + " holds " + taken + " allocated units, " + line.getValue() + " rejected");
            }
        }
        return from;
    }

    /**
     * Re-sources the rejected units by the rules at the pickup store only (the engine never moves a pickup) and
     * queues the units it still finds there to be reserved and put back on the pickup; returns them by line.
     */
    private static Map<Integer, Integer> reserveAgain(Sourcer sourcer, OrderChange change, PickupRow pickup,
            Map<Integer, Integer> units, Map<Integer, AllocationRow> writtenOff, StockMoves moves, Instant now) {
        OrderRecord order = change.before();
        List<OrderLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, AllocationRow> line : writtenOff.entrySet()) {
            lines.add(new OrderLine(line.getKey(), line.getValue().sku(), units.get(line.getKey())));
        }
        Order rejected = new Order(order.orderId(), now, order.channel(), Fulfillment.PICKUP, order.serviceLevel(),
                order.lat(), order.lon(), order.zip(), Optional.of(pickup.nodeId()), order.customerName(), lines);
        Map<Integer, Integer> again = new TreeMap<>();
        for (Shipment shipment : sourcer.source(rejected).shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                AllocationRow was = writtenOff.get(line.lineNo());
                moves.reserve(shipment.nodeId(), line.sku(), line.qty(), "lines");
                change.add(new AllocationRow(was.orderId(), was.lineNo(), was.shipmentId(), shipment.nodeId(),
                        line.sku(), line.qty(), was.carrier(), was.service(), was.zone(), was.distanceKm(),
                        was.promisedDays()));
                again.merge(line.lineNo(), line.qty(), Integer::sum);
            }
        }
        return again;
    }

    /**
     * Units that went to an exception stay on the line as rejected. Units reserved again are still held but must be
     * picked again, so the ready units drop by every unit rejected; a READY pickup that is no longer all ready is
     * PICKING again.
     */
    private static PickupRow withRejected(PickupRow pickup, Map<Integer, Integer> rejected,
            Map<Integer, Integer> again) {
        List<PickupLineRow> lines = new ArrayList<>();
        boolean allReady = true;
        for (PickupLineRow line : pickup.lines()) {
            int rejectedNow = rejected.getOrDefault(line.lineNo(), 0);
            int rejectedQty = line.rejectedQty() + rejectedNow - again.getOrDefault(line.lineNo(), 0);
            int ready = Math.min(line.readyQty(), line.qty() - line.rejectedQty() - rejectedNow);
            lines.add(new PickupLineRow(line.lineNo(), line.sku(), line.qty(), ready, rejectedQty));
            allReady &= ready >= line.qty() - rejectedQty;
        }
        String status = pickup.status().equals("READY") && !allReady ? "PICKING" : pickup.status();
        return PickupUpdate.with(pickup, status, lines);
    }
}
