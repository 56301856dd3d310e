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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's steps with a pickup: NEW → ACCEPTED → (PICKING) → READY → COLLECTED or NO_SHOW. Collecting ships the
 * reserved units; a no-show, allowed only once the hold period after READY is over, gives them back and cancels them.
 */
final class PickupFlow implements CommandHandler {

    /** How long a READY pickup waits for its customer before the store may call it a no-show. */
    static final Duration NO_SHOW_HOLD = Duration.ofHours(72);

    /** Where a step leaves the pickup and its order. */
    private record Step(PickupRow pickup, String orderStatus) {
    }

    private final NetworkModel network;
    private final CommandType type;

    PickupFlow(NetworkModel network, CommandType type) {
        this.network = network;
        this.type = type;
    }

    @Override
    public Applied apply(Tx tx, Session caller, Command command, Instant now) throws SQLException {
        PickupTarget target = PickupTarget.load(tx, caller, command);
        OrderRecord order = target.order();
        PickupRow pickup = target.pickup();
        Problems problems = new Problems();
        if (type == CommandType.PICKUP_NO_SHOW && pickup.status().equals("READY")) {
            requireHoldOver(tx, pickup, now);
        }
        Payload payload = new Payload(command.payload(), type == CommandType.PICKUP_READY ? Set.of("lines")
                : Set.of(), problems);
        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        StockMoves moves = new StockMoves();
        Step step = step(target, payload, change, moves, problems);
        problems.throwIfAny(type + " cannot be applied to the pickup of " + order.orderId());
        change.moveSlots(moves, network);
        moves.apply(tx, change.shipDay(), now, problems, feed);
        // Marked before the save, so the fed pickup row carries its ready_at; a stale version rolls both back.
        if (step.pickup().status().equals("READY") && !pickup.status().equals("READY")) {
            tx.pickups().markReady(pickup.orderId(), now);
        }
        PickupRow saved = PickupUpdate.save(tx, step.pickup(), feed);
        change.save(step.orderStatus(), saved.status(), command.reason(), pickup.status() + " -> " + saved.status());
        return new Applied(saved.version(), feed.append(tx));
    }

    /** The pickup after this step and the order's status, with the stock moves the step makes queued. */
    private Step step(PickupTarget target, Payload payload, OrderChange change, StockMoves moves, Problems problems)
            throws SQLException {
        OrderRecord order = target.order();
        PickupRow pickup = target.pickup();
        switch (type) {
            case PICKUP_ACCEPT -> {
                target.requireStatus(Set.of("NEW"), type, problems);
                return new Step(PickupUpdate.with(pickup, "ACCEPTED", pickup.lines()), order.status());
            }
            case PICKUP_READY -> {
                target.requireStatus(Set.of("ACCEPTED", "PICKING"), type, problems);
                PickupRow next = ready(pickup, payload, problems);
                return new Step(next, next.status().equals("READY") ? "READY" : order.status());
            }
            case PICKUP_COLLECTED -> {
                target.requireStatus(Set.of("READY"), type, problems);
                for (AllocationRow allocation : order.allocations()) {
                    moves.commit(allocation.nodeId(), allocation.sku(), allocation.qty());
                }
                return new Step(PickupUpdate.with(pickup, "COLLECTED", pickup.lines()), "COLLECTED");
            }
            case PICKUP_NO_SHOW -> {
                target.requireStatus(Set.of("READY"), type, problems);
                // The customer did not come: every unit of the order is cancelled, and nothing is missing any more.
                for (OrderLineRow line : order.lines()) {
                    for (AllocationRow released : change.removeLine(line.lineNo())) {
                        moves.release(released.nodeId(), released.sku(), released.qty());
                    }
                    change.setOutcome(line.lineNo(), line.qty(), 0);
                }
                change.resolveOpenExceptions(lineNo -> true);
                return new Step(PickupUpdate.with(pickup, "NO_SHOW", pickup.lines()), "CANCELLED");
            }
            default -> throw new IllegalArgumentException(type + " is not a step of the pickup flow");
        }
    }

    /**
     * 422 naming when the hold ends while a READY pickup is still held for its customer. The hold counts from when
     * the pickup became READY; for one made READY before that was recorded, from its ready-by time.
     */
    private static void requireHoldOver(Tx tx, PickupRow pickup, Instant now) throws SQLException {
        Instant readySince = tx.pickups().readyAt(pickup.orderId()).orElse(pickup.readyBy());
        Instant holdEnds = readySince.plus(NO_SHOW_HOLD);
        if (now.isBefore(holdEnds)) {
            String message = "the pickup of " + pickup.orderId() + " is held for its customer until " + holdEnds
                    + " (" + NO_SHOW_HOLD.toHours() + " hours after it became READY at " + readySince
                    + "): PICKUP_NO_SHOW applies from then";
            Problems problems = new Problems();
            problems.add("status", message);
            problems.throwIfAny(message);
        }
    }

    /**
     * Sets the ready units of the named lines (all held units of every line when none are named); the pickup is
     * READY once every line is, PICKING until then.
     */
    private static PickupRow ready(PickupRow pickup, Payload payload, Problems problems) {
        Map<Integer, Integer> held = new HashMap<>();
        for (PickupLineRow line : pickup.lines()) {
            held.put(line.lineNo(), PickupUpdate.held(line));
        }
        Map<Integer, Integer> ready = new HashMap<>(held);
        if (payload.has("lines")) {
            List<LineRequest> lines = payload.lines(false);
            LineRequest.checkQuantities(lines, held, "units held", problems);
            ready.clear();
            for (PickupLineRow line : pickup.lines()) {
                ready.put(line.lineNo(), line.readyQty());
            }
            for (LineRequest line : lines) {
                ready.put(line.lineNo(), Math.min(held.getOrDefault(line.lineNo(), 0), line.qty()));
            }
        }
        List<PickupLineRow> lines = new ArrayList<>();
        boolean allReady = true;
        for (PickupLineRow line : pickup.lines()) {
            int units = ready.get(line.lineNo());
            lines.add(new PickupLineRow(line.lineNo(), line.sku(), line.qty(), units, line.rejectedQty()));
            allReady &= units >= PickupUpdate.held(line);
        }
        return PickupUpdate.with(pickup, allReady ? "READY" : "PICKING", lines);
    }
}
