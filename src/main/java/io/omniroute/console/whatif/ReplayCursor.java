package io.omniroute.console.whatif;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.sourcing.CapacityLedger;
import io.omniroute.engine.sourcing.Explanation;
import io.omniroute.engine.sourcing.InventoryLedger;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Sourcer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One run replayed up to an order, so the order is explained against the stock and capacity it met when the run
 * sourced it: the run keeps only its decisions, and an explanation needs the ledgers as they stood. The replay is
 * kept between requests, so opening orders further down the list in turn only sources the orders in between; an
 * earlier order starts it again. A cancelled replay stops between two orders and stays usable.
 *
 * <p>One request at a time (the methods are synchronized): the sourcer and its ledgers belong to one thread.
 */
final class ReplayCursor {

    /** Told how far the replay has come. */
    @FunctionalInterface
    interface Progress {
        void replayed(int done, int total);
    }

    static final int PROGRESS_EVERY = 5_000;

    /** The order as the run had it, and the explanation of its decision. */
    record Explained(Order order, Explanation explanation) {
    }

    private static final Comparator<Order> PROCESSING_ORDER =
            Comparator.comparing(Order::createdAt).thenComparing(Order::orderId);

    private final Supplier<Scenario> scenarioOf;
    private Scenario scenario;
    private List<Order> orders;
    private Map<String, Integer> positionOf;
    private Sourcer sourcer;
    private int next;

    /** @param scenario made on first use, in the background: a variant's scenario costs a copy of the baseline */
    ReplayCursor(Supplier<Scenario> scenario) {
        this.scenarioOf = scenario;
    }

    /**
     * Sources every order before this one, as the run did, then explains it without reserving; empty when the run
     * has no such order.
     *
     * @throws CancellationException when cancelled; the replay keeps what it has sourced
     */
    synchronized Optional<Explained> explain(String orderId, Progress progress, BooleanSupplier cancelled) {
        prepare();
        Integer at = positionOf.get(orderId);
        if (at == null) {
            return Optional.empty();
        }
        if (at < next) {
            restart();
        }
        while (next < at) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the replay stopped after " + next + " of " + at + " orders");
            }
            sourcer.source(orders.get(next++));
            if (next % PROGRESS_EVERY == 0) {
                progress.replayed(next, at);
            }
        }
        progress.replayed(at, at);
        Order order = orders.get(at);
        return Optional.of(new Explained(order, sourcer.explain(order)));
    }

    /** Orders sourced so far: where the next request starts from. */
    synchronized int position() {
        return next;
    }

    private void prepare() {
        if (scenario != null) {
            return;
        }
        scenario = scenarioOf.get();
        List<Order> sorted = new ArrayList<>(scenario.orders());
        sorted.sort(PROCESSING_ORDER);
        orders = sorted;
        positionOf = new HashMap<>(orders.size() * 2);
        for (int i = 0; i < orders.size(); i++) {
            positionOf.put(orders.get(i).orderId(), i);
        }
        restart();
    }

    /** Fresh ledgers, as the run began: the same sourcer the simulator builds. */
    private void restart() {
        NetworkModel network = NetworkModel.of(scenario);
        sourcer = Sourcer.create(network, InventoryLedger.of(network, scenario.inventory()), CapacityLedger.of(network),
                scenario.rules().orElseGet(RuleSet::builtIn));
        next = 0;
    }
}
