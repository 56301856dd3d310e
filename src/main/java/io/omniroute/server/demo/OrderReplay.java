package io.omniroute.server.demo;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.server.orders.NewOrderRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scenario's orders in the order they were placed, pass after pass. Each pass gives them fresh ids (the first
 * pass keeps the scenario's, pass n appends {@code -Rn}) and leaves {@code created_at} out, so the server stamps
 * them with the time they arrive.
 */
final class OrderReplay {

    private final List<Order> orders;
    private int next;
    private int pass;

    /**
     * @param pass the pass to start with, so that a restarted demo does not reuse the ids of an earlier run
     */
    OrderReplay(List<Order> scenarioOrders, int pass) {
        if (pass < 1) {
            throw new IllegalArgumentException("passes count from 1, was " + pass);
        }
        List<Order> sorted = new ArrayList<>(scenarioOrders);
        sorted.sort(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId));
        this.orders = List.copyOf(sorted);
        this.pass = pass;
    }

    static String idInPass(String orderId, int pass) {
        return pass == 1 ? orderId : orderId + "-R" + pass;
    }

    boolean isEmpty() {
        return orders.isEmpty();
    }

    int size() {
        return orders.size();
    }

    /** The id the first order of a pass gets; when it exists, that pass has been played already. */
    String firstIdOfPass(int somePass) {
        return idInPass(orders.get(0).orderId(), somePass);
    }

    /** The next order as a new-order request; after the last one the next pass begins. */
    NewOrderRequest next() {
        if (orders.isEmpty()) {
            throw new IllegalStateException("the scenario has no orders to replay");
        }
        Order order = orders.get(next);
        NewOrderRequest request = request(order, idInPass(order.orderId(), pass));
        next++;
        if (next == orders.size()) {
            next = 0;
            pass++;
        }
        return request;
    }

    private static NewOrderRequest request(Order order, String orderId) {
        List<NewOrderRequest.Line> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.add(new NewOrderRequest.Line(line.lineNo(), line.sku(), line.qty()));
        }
        return new NewOrderRequest(orderId, null, order.channel(), order.fulfillment().name(), order.serviceLevel(),
                order.lat(), order.lon(), order.zip(), order.pickupNodeId().orElse(null), order.customerName(),
                lines);
    }
}
