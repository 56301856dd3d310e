package io.omniroute.server.http;

import io.javalin.http.Context;
import io.omniroute.engine.model.Order;
import io.omniroute.server.Json;
import io.omniroute.server.auth.Session;
import io.omniroute.server.orders.EngineSnapshot;
import io.omniroute.server.orders.NewOrderRequest;
import io.omniroute.server.orders.OrderService;
import io.omniroute.server.store.Database;
import io.omniroute.server.store.FeedData;
import io.omniroute.server.store.OrderRecord;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/v1/orders/{id}} and {@code POST /api/v1/orders}. */
final class OrderRoutes {

    /** A sourcing that lost a race for the last units or shipping slot is tried again this many times. */
    static final int RACE_RETRIES = 5;

    private final Database database;
    private final OrderService orders;
    private final Idempotency idempotency;
    private final Clock clock;

    OrderRoutes(Database database, OrderService orders, Idempotency idempotency, Clock clock) {
        this.database = database;
        this.orders = orders;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    void get(Context ctx) {
        String orderId = ctx.pathParam("id");
        Session caller = Callers.of(ctx);
        Map<String, Object> view = database.read(tx -> {
            OrderRecord order = tx.orders().find(orderId).filter(o -> visibleTo(o, caller))
                    .orElseThrow(() -> ApiException.notFound("no order " + orderId));
            Map<String, Object> body = FeedData.order(order, tx.orders().events(orderId));
            body.put("version", order.version());
            return body;
        });
        ctx.json(view);
    }

    void create(Context ctx) {
        Session caller = Callers.of(ctx);
        if (!caller.isPlanner()) {
            throw ApiException.forbidden("only planners and integrations create orders");
        }
        Idempotency.requireKey(ctx);
        NewOrderRequest request = ctx.bodyAsClass(NewOrderRequest.class);
        Order order = orders.validate(request, clock.instant());
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<EngineSnapshot.Planned> planned = Optional.of(orders.plan(database, order));
                idempotency.run(ctx, caller.userName(), tx -> {
                    OrderService.Created created = orders.create(tx, order, planned, caller.userName(),
                            clock.instant());
                    Map<String, Object> body = FeedData.order(created.order());
                    body.put("version", created.order().version());
                    body.put("exceptions", created.exceptions().stream().map(FeedData::exception).toList());
                    return new Idempotency.Outcome(200, Json.write(body));
                });
                return;
            } catch (OrderService.SourcingRace race) {
                if (attempt == RACE_RETRIES) {
                    throw race;
                }
            }
        }
    }

    static boolean visibleTo(OrderRecord order, Session caller) {
        return caller.isPlanner() || order.pickupNodeId().filter(caller::mayActOnNode).isPresent();
    }
}
