package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The orders scaled to {@code round(orders × factor)}: every order {@code floor(factor)} times, plus a seeded sample
 * once more. A copy is the original with id {@code <order_id>~<n>}, n from 2, so it sorts right after it.
 */
record DemandScaling(double factor, long seed) implements Change {

    /** Beyond this a what-if is a different business, and the copies would crowd out memory. */
    static final double MAX_FACTOR = 100;

    @Override
    public String describe() {
        return "scale demand by " + ScenarioEdits.plain(factor) + " (seed " + seed + ")";
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        ScenarioEdits.requireFactor(factor, "demand");
        if (factor == 0 || factor > MAX_FACTOR) {
            throw new IllegalArgumentException("factor " + ScenarioEdits.plain(factor) + " for demand: must be above"
                    + " 0 and at most " + ScenarioEdits.plain(MAX_FACTOR));
        }
        List<Order> orders = scenario.orders();
        long target = Math.round(orders.size() * factor);
        if (target == 0) {
            throw new IllegalArgumentException("scaling " + orders.size() + " orders by " + ScenarioEdits.plain(factor)
                    + " leaves " + target + " orders: a run needs at least one; use a larger factor");
        }
        if (target == orders.size()) {
            throw new IllegalArgumentException("scaling " + orders.size() + " orders by " + ScenarioEdits.plain(factor)
                    + " rounds to " + target + " orders: it changes nothing");
        }
        int whole = (int) Math.floor(factor);
        boolean[] once = sample(orders.size(), (int) (target - (long) whole * orders.size()));
        List<Order> scaled = new ArrayList<>((int) target);
        for (int i = 0; i < orders.size(); i++) {
            if (whole > 0 || once[i]) {
                scaled.add(orders.get(i));
            }
        }
        Set<String> ids = target > orders.size() ? idsOf(orders) : Set.of();
        for (int i = 0; i < orders.size(); i++) {
            int copies = whole + (once[i] ? 1 : 0);
            for (int n = 2; n <= copies; n++) {
                scaled.add(copy(orders.get(i), n, ids));
            }
        }
        return scenario.withOrders(scaled);
    }

    /** {@code count} of {@code size} indices, drawn from the seed by a partial Fisher-Yates shuffle. */
    private boolean[] sample(int size, int count) {
        int[] index = new int[size];
        for (int i = 0; i < size; i++) {
            index[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] chosen = new boolean[size];
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
            chosen[index[i]] = true;
        }
        return chosen;
    }

    private static Set<String> idsOf(List<Order> orders) {
        Set<String> ids = new HashSet<>(orders.size() * 2);
        for (Order order : orders) {
            ids.add(order.orderId());
        }
        return ids;
    }

    private static Order copy(Order o, int n, Set<String> ids) {
        String id = o.orderId() + "~" + n;
        if (ids.contains(id)) {
            throw new IllegalArgumentException("the copy " + n + " of order " + o.orderId() + " would be named " + id
                    + ", but the scenario already has an order " + id + ": scale the demand of a scenario whose ids"
                    + " do not use '~'");
        }
        return new Order(id, o.createdAt(), o.channel(), o.fulfillment(), o.serviceLevel(), o.lat(), o.lon(), o.zip(),
                o.pickupNodeId(), o.customerName(), o.lines());
    }
}
