package io.omniroute.server.demo;

import io.omniroute.engine.model.Order;
import io.omniroute.server.http.ApiException;
import io.omniroute.server.orders.NewOrderRequest;
import io.omniroute.server.orders.OrderService;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.OrderRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the customers: places the replayed orders through the path of {@code POST /api/v1/orders}, validated and
 * sourced by {@link OrderService} in one transaction each.
 */
final class CustomerPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerPlayer.class);
    /** As the API does, a sourcing that lost the race for a node's last shipping slot is tried again. */
    static final int RACE_RETRIES = 5;

    private final Database database;
    private final OrderService orders;
    private final OrderReplay replay;
    private final Clock clock;

    CustomerPlayer(Database database, OrderService orders, OrderReplay replay, Clock clock) {
        this.database = database;
        this.orders = orders;
        this.replay = replay;
        this.clock = clock;
    }

    /**
     * Starts at the first pass whose ids are still free, so that a demo restarted on the same database carries on
     * instead of colliding with the orders of its earlier runs.
     */
    static CustomerPlayer resuming(Database database, OrderService orders, List<Order> scenarioOrders,
            Clock clock) {
        OrderReplay probe = new OrderReplay(scenarioOrders, 1);
        int pass = 1;
        while (!probe.isEmpty() && exists(database, probe.firstIdOfPass(pass))) {
            pass++;
        }
        return new CustomerPlayer(database, orders, new OrderReplay(scenarioOrders, pass), clock);
    }

    boolean hasOrders() {
        return !replay.isEmpty();
    }

    /** Places the next order; empty when the server refused it (the scenario does not fit the network, say). */
    Optional<OrderRecord> placeNext() {
        NewOrderRequest request = replay.next();
        Instant now = clock.instant();
        try {
            Order order = orders.validate(request, now);
            return Optional.of(create(order, now));
        } catch (ApiException refused) {
            LOG.warn("demo order {} refused ({}): {} {}", request.orderId(), refused.status(), refused.getMessage(),
                    refused.problems());
            return Optional.empty();
        }
    }

    private OrderRecord create(Order order, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(tx -> orders.create(tx, order, DemoActors.SHOP, now)).order();
            } catch (OrderService.SourcingRace race) {
                if (attempt == RACE_RETRIES) {
                    throw race;
                }
            }
        }
    }

    private static boolean exists(Database database, String orderId) {
        return database.inTransaction(tx -> tx.orders().version(orderId)).isPresent();
    }
}
