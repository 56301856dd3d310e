package io.omniroute.server.commands;

import io.omniroute.server.auth.Session;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.store.OrderRecord;
import io.omniroute.server.store.PickupRow;
import io.omniroute.server.store.Tx;
import java.sql.SQLException;
import java.util.Set;

/** The order and pickup a PICKUP_* command acts on, once the caller may act on them at the version they saw. */
record PickupTarget(OrderRecord order, PickupRow pickup) {

    /**
     * 404 for an order the caller cannot see or one without a pickup, 403 for a pickup at another store, 409 when
     * the pickup is not at the expected version.
     */
    static PickupTarget load(Tx tx, Session caller, Command command) throws SQLException {
        OrderRecord order = Targets.visibleOrder(tx, command.target(), caller);
        PickupRow pickup = tx.pickups().find(order.orderId())
                .orElseThrow(() -> ApiException.notFound("order " + order.orderId() + " has no pickup"));
        if (!caller.mayActOnNode(pickup.nodeId())) {
            throw ApiException.forbidden("the pickup of " + order.orderId() + " is at " + pickup.nodeId()
                    + ", not your store");
        }
        Targets.requireVersion("the pickup of " + order.orderId(), pickup.version(), command.expectedVersion(),
                Views.pickup(pickup));
        return new PickupTarget(order, pickup);
    }

    /** Adds a problem naming the current status when the pickup is in none of the states the command starts from. */
    void requireStatus(Set<String> from, CommandType type, Problems problems) {
        if (!from.contains(pickup.status())) {
            problems.add("status", "the pickup of " + order.orderId() + " is " + pickup.status() + ": " + type
                    + " applies to a pickup that is " + String.join(" or ", from.stream().sorted().toList()));
        }
    }
}
