package io.omniroute.server.commands;

import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.server.auth.Session;
import io.omniroute.server.store.AllocationRow;
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
 * PICKUP_REJECT: the store cannot give some units. They are released at the store and become a STORE_REJECTED
 * exception that the planners and that store see. The pickup never moves to another store without a decision.
 */
final class PickupReject implements CommandHandler {

    static final String STORE_REJECTED = "STORE_REJECTED";
    private static final Set<String> KEYS = Set.of("lines", "reason_code");
    private static final Set<String> REASONS = Set.of("DAMAGED", "NOT_FOUND", "MIS_STOCKED");

    private final NetworkModel network;

    PickupReject(NetworkModel network) {
        this.network = network;
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

        FeedRows feed = new FeedRows();
        OrderChange change = new OrderChange(tx, order, feed, caller.userName(), now);
        StockMoves moves = new StockMoves();
        Map<Integer, Integer> rejected = new TreeMap<>();
        for (LineRequest line : lines) {
            rejected.merge(line.lineNo(), line.qty(), Integer::sum);
            for (AllocationRow released : change.removeUnits(line.lineNo(), line.qty())) {
                moves.release(released.nodeId(), released.sku(), released.qty());
            }
        }
        change.moveSlots(moves, network);
        moves.apply(tx, change.shipDay(), now, problems, feed);
        PickupRow saved = PickupUpdate.save(tx, withRejected(pickup, rejected), feed);
        List<String> details = new ArrayList<>();
        for (Map.Entry<Integer, Integer> line : rejected.entrySet()) {
            String sku = change.line(line.getKey()).orElseThrow().sku();
            String reason = reasonCode.orElseThrow() + " at " + pickup.nodeId()
                    + (command.reason().isBlank() ? "" : ": " + command.reason());
            change.raiseException(line.getKey(), sku, line.getValue(), STORE_REJECTED, reason,
                    Optional.of(pickup.nodeId()));
            details.add("line " + line.getKey() + ": " + line.getValue() + " " + reasonCode.orElseThrow());
        }
        String status = change.allocations().isEmpty() ? "EXCEPTION" : "PARTIAL";
        change.save(status, "REJECTED", command.reason(), String.join("; ", details));
        return new Applied(saved.version(), feed.append(tx));
    }

    /** Rejected units stay on the line as rejected; ready units never exceed what is still held. */
    private static PickupRow withRejected(PickupRow pickup, Map<Integer, Integer> rejected) {
        List<PickupLineRow> lines = new ArrayList<>();
        for (PickupLineRow line : pickup.lines()) {
            int rejectedQty = line.rejectedQty() + rejected.getOrDefault(line.lineNo(), 0);
            int ready = Math.min(line.readyQty(), line.qty() - rejectedQty);
            lines.add(new PickupLineRow(line.lineNo(), line.sku(), line.qty(), ready, rejectedQty));
        }
        return PickupUpdate.with(pickup, pickup.status(), lines);
    }
}
