package io.omniroute.server.commands;

import io.omniroute.server.auth.Session;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** Finding a command's target order and checking it is the caller's and still at the version they saw. */
final class Targets {

    /** Orders no command but RESOLVE_EXCEPTION changes any more. */
    private static final Set<String> CLOSED = Set.of("CANCELLED", "COLLECTED", "SHIPPED");

    private Targets() {
    }

    /**
     * The order, locked for the rest of the transaction; 404 when unknown or, for a store manager, not to be
     * collected at their store. Commands on one order thus run one at a time: the later one sees the earlier one's
     * version and gets a 409 rather than releasing units that are no longer the order's. Locking the order before
     * any stock keeps the lock order the same in every command.
     */
    static OrderRecord visibleOrder(Tx tx, String orderId, Session caller) throws SQLException {
        return visibleOrder(tx.orders().findLocked(orderId), orderId, caller);
    }

    /** {@link #visibleOrder(Tx, String, Session)} of an order its caller found and locked. */
    static OrderRecord visibleOrder(Optional<OrderRecord> found, String orderId, Session caller) {
        return found
                .filter(order -> caller.isPlanner() || order.pickupNodeId().filter(caller::mayActOnNode).isPresent())
                .orElseThrow(() -> ApiException.notFound("no order " + orderId));
    }

    /** A 409 carrying the entity as it is now when the caller decided on another version. */
    static void requireVersion(String what, long current, long expected, Object currentView) {
        if (current != expected) {
            throw ApiException.conflict("the current version of " + what + " is " + current + ", not " + expected
                    + ": reload it and decide again", currentView);
        }
    }

    static void requireOpen(OrderRecord order) {
        if (CLOSED.contains(order.status())) {
            Problems problems = new Problems();
            problems.add("target", "order " + order.orderId() + " is " + order.status() + ": it can no longer change");
            problems.throwIfAny("order " + order.orderId() + " is " + order.status());
        }
    }
}
