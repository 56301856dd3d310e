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
 * CANCEL_LINES and BACKORDER: cancelled units are gone for good; backordered ones wait for stock. Both are stored on
 * the line. The units are taken first from those the order lacks anyway (its exceptions), then a cancellation takes
 * backordered units, and only then allocated units, whose reservations are given back: a planner cancelling or
 * backordering part of a line should not lose the stock the order already holds. A pickup of the order gathers only
 * what is left.
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
            units.put(line.lineNo(), cancel ? line.qty() - line.cancelledQty() : line.openQty());
        }
        LineRequest.checkQuantities(lines, units, cancel ? "units not cancelled" : "units neither cancelled nor"
                + " backordered", problems);
        problems.throwIfAny("the " + (cancel ? "cancellation" : "backorder") + " is not valid");

        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        StockMoves moves = new StockMoves();
        Map<Integer, Integer> released = new TreeMap<>();
        List<String> details = new ArrayList<>();
        for (LineRequest line : lines) {
            details.add(take(change, line, moves, released));
        }
        change.moveSlots(moves, network);
        moves.apply(tx, change.shipDay(), now, problems, feed);
        Optional<PickupRow> pickup = tx.pickups().find(order.orderId())
                .filter(p -> !PickupUpdate.FINISHED.contains(p.status()));
        Optional<PickupRow> savedPickup = Optional.empty();
        if (pickup.isPresent()) {
            savedPickup = Optional.of(PickupUpdate.save(tx, withoutUnits(pickup.get(), released), feed));
        }
        // An exception stands for missing units: it closes once its line has none left.
        change.resolveOpenExceptions(lineNo -> released.containsKey(lineNo) && change.missing(lineNo) == 0);
        String status = change.status();
        if (status.equals("SOURCED") && savedPickup.filter(p -> p.status().equals("READY")).isPresent()) {
            status = "READY";
        }
        OrderRecord after = change.save(status, cancel ? "CANCELLED" : "BACKORDERED", command.reason(),
                String.join("; ", details));
        return new Applied(after.version(), feed.append(tx));
    }

    /**
     * Cancels or backorders the entry's units, missing ones first, and records them on the line; the allocated
     * units it takes are queued for release and counted in {@code released}. Returns the event's detail.
     */
    private String take(OrderChange change, LineRequest request, StockMoves moves, Map<Integer, Integer> released) {
        int lineNo = request.lineNo();
        OrderLineRow line = change.line(lineNo).orElseThrow();
        int left = request.qty();
        int fromMissing = Math.min(left, change.missing(lineNo));
        left -= fromMissing;
        int fromBackordered = cancel ? Math.min(left, line.backorderedQty()) : 0;
        left -= fromBackordered;
        int fromAllocated = 0;
        for (AllocationRow taken : change.removeUnits(lineNo, left)) {
            moves.release(taken.nodeId(), taken.sku(), taken.qty());
            fromAllocated += taken.qty();
        }
        if (fromAllocated != left) {
            throw new IllegalStateException("line " + lineNo + " of " + change.before().orderId() + " has "
                    + fromAllocated + " allocated units to take, " + left + " expected");
        }
        released.merge(lineNo, fromAllocated, Integer::sum);
        if (cancel) {
            change.setOutcome(lineNo, line.cancelledQty() + request.qty(), line.backorderedQty() - fromBackordered);
        } else {
            change.setOutcome(lineNo, line.cancelledQty(), line.backorderedQty() + request.qty());
        }
        return "line " + lineNo + ": " + request.qty() + " (" + fromMissing + " unfilled"
                + (cancel ? ", " + fromBackordered + " backordered" : "") + ", " + fromAllocated + " released)";
    }

    /** The pickup with the released units taken off its lines; CANCELLED when it holds nothing more. */
    private static PickupRow withoutUnits(PickupRow pickup, Map<Integer, Integer> released) {
        List<PickupLineRow> lines = new ArrayList<>();
        boolean holdsAny = false;
        for (PickupLineRow line : pickup.lines()) {
            int qty = Math.max(line.rejectedQty(), line.qty() - released.getOrDefault(line.lineNo(), 0));
            int ready = Math.min(line.readyQty(), qty - line.rejectedQty());
            lines.add(new PickupLineRow(line.lineNo(), line.sku(), qty, ready, line.rejectedQty()));
            holdsAny |= qty > line.rejectedQty();
        }
        return PickupUpdate.with(pickup, holdsAny ? pickup.status() : "CANCELLED", lines);
    }
}
