package io.omniroute.server.commands;

import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.server.auth.Session;
import io.omniroute.server.store.AllocationRow;
import io.omniroute.server.store.OrderLineRow;
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

/**
 * CANCEL_LINES and BACKORDER: gives back the reservations of the named units. Cancelled units are gone for good;
 * backordered ones wait for stock. A pickup of the order gathers only what is left.
 */
final class LineRelease implements CommandHandler {

    private static final Set<String> KEYS = Set.of("lines");

    private final NetworkModel network;
    private final boolean cancel;

    private LineRelease(NetworkModel network, boolean cancel) {
        this.network = network;
        this.cancel = cancel;
    }

    static LineRelease cancel(NetworkModel network) {
        return new LineRelease(network, true);
    }

    static LineRelease backorder(NetworkModel network) {
        return new LineRelease(network, false);
    }

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        OrderRecord order = Targets.visibleOrder(tx, command.target(), caller);
        Targets.requireVersion("order " + order.orderId(), order.version(), command.expectedVersion(),
                Views.order(order));
        Targets.requireOpen(order);
        Problems problems = new Problems();
        List<LineRequest> lines = new Payload(command.payload(), KEYS, problems).lines(false);
        Map<Integer, Integer> units = new TreeMap<>();
        for (OrderLineRow line : order.lines()) {
            units.put(line.lineNo(), line.qty());
        }
        LineRequest.checkQuantities(lines, units, "units", problems);
        problems.throwIfAny("the " + (cancel ? "cancellation" : "backorder") + " is not valid");

        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        StockMoves moves = new StockMoves();
        Map<Integer, Integer> dropped = new TreeMap<>();
        List<String> details = new ArrayList<>();
        for (LineRequest line : lines) {
            dropped.merge(line.lineNo(), line.qty(), Integer::sum);
            details.add("line " + line.lineNo() + ": " + line.qty());
            for (AllocationRow released : change.removeUnits(line.lineNo(), line.qty())) {
                moves.release(released.nodeId(), released.sku(), released.qty());
            }
        }
        change.moveSlots(moves, network);
        moves.apply(tx, change.shipDay(), now, problems, feed);
        Optional<PickupRow> pickup = tx.pickups().find(order.orderId())
                .filter(p -> !PickupUpdate.FINISHED.contains(p.status()));
        if (pickup.isPresent()) {
            PickupUpdate.save(tx, withoutUnits(pickup.get(), dropped), feed);
        }
        change.resolveOpenExceptions(dropped::containsKey);
        OrderRecord after = change.save(status(change, dropped), cancel ? "CANCELLED" : "BACKORDERED",
                command.reason(), String.join("; ", details));
        return new Applied(after.version(), feed.append(tx));
    }

    /**
     * A backorder leaves the order BACKORDERED. A cancellation leaves it CANCELLED once nothing is allocated or
     * open any more; otherwise its status says how the units not cancelled stand.
     */
    private String status(OrderChange change, Map<Integer, Integer> dropped) throws SQLException {
        if (!cancel) {
            return "BACKORDERED";
        }
        boolean nothingAllocated = change.allocations().isEmpty();
        if (nothingAllocated && !change.hasOpenExceptions()) {
            return "CANCELLED";
        }
        boolean allAllocated = change.unallocated().entrySet().stream()
                .allMatch(missing -> missing.getValue() <= dropped.getOrDefault(missing.getKey(), 0));
        return allAllocated ? "SOURCED" : nothingAllocated ? "EXCEPTION" : "PARTIAL";
    }

    /** The pickup with the dropped units taken off its lines; CANCELLED when it holds nothing more. */
    private static PickupRow withoutUnits(PickupRow pickup, Map<Integer, Integer> dropped) {
        List<PickupLineRow> lines = new ArrayList<>();
        boolean holdsAny = false;
        for (PickupLineRow line : pickup.lines()) {
            int qty = Math.max(line.rejectedQty(), line.qty() - dropped.getOrDefault(line.lineNo(), 0));
            int ready = Math.min(line.readyQty(), qty - line.rejectedQty());
            lines.add(new PickupLineRow(line.lineNo(), line.sku(), qty, ready, line.rejectedQty()));
            holdsAny |= qty > line.rejectedQty();
        }
        return PickupUpdate.with(pickup, holdsAny ? pickup.status() : "CANCELLED", lines);
    }
}
