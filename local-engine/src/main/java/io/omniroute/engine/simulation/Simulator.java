package io.omniroute.engine.simulation;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.sourcing.CapacityLedger;
import io.omniroute.engine.sourcing.Explanation;
import io.omniroute.engine.sourcing.InventoryLedger;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Sourcer;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sources a scenario's orders in created_at order (ties by order_id), each against the stock and capacity the
 * orders before it left, and reports every decision and the KPIs.
 */
public final class Simulator {

    /** Orders between two progress reports. */
    static final int PROGRESS_EVERY = 50_000;

    private static final Comparator<Order> PROCESSING_ORDER =
            Comparator.comparing(Order::createdAt).thenComparing(Order::orderId);

    private final Scenario scenario;
    private final RuleSet rules;
    private final NetworkModel network;
    private final InventoryLedger inventory;
    private final CapacityLedger capacity;
    private final Sourcer sourcer;

    private Simulator(Scenario scenario, RuleSet rules) {
        this.scenario = scenario;
        this.rules = rules;
        this.network = NetworkModel.of(scenario);
        this.inventory = InventoryLedger.of(network, scenario.inventory());
        this.capacity = CapacityLedger.of(network);
        this.sourcer = Sourcer.create(network, inventory, capacity, rules);
    }

    /** A simulator over the scenario with the given rules, or the scenario's own (else the built-in default). */
    public static Simulator of(Scenario scenario, Optional<RuleSet> rules) {
        return new Simulator(scenario, rules.or(scenario::rules).orElseGet(RuleSet::builtIn));
    }

    public RuleSet rules() {
        return rules;
    }

    public NetworkModel network() {
        return network;
    }

    /** The orders in the order they are sourced. */
    public List<Order> processingOrder() {
        List<Order> orders = new ArrayList<>(scenario.orders());
        orders.sort(PROCESSING_ORDER);
        return orders;
    }

    public Kpis run(SimulationListener listener, ProgressListener progress) {
        List<Order> orders = processingOrder();
        KpiCollector kpis = new KpiCollector(network);
        long done = 0;
        for (Order order : orders) {
            SourcingDecision decision = sourcer.source(order);
            kpis.add(order, decision);
            listener.decided(order, decision);
            if (++done % PROGRESS_EVERY == 0) {
                progress.progress(done, orders.size());
            }
        }
        if (done % PROGRESS_EVERY != 0 || done == 0) {
            progress.progress(done, orders.size());
        }
        return kpis.kpis();
    }

    /**
     * Sources every order before {@code orderId} as {@link #run} would, then explains that order's decision
     * without applying it.
     */
    public Optional<Explanation> explain(String orderId) {
        for (Order order : processingOrder()) {
            if (order.orderId().equals(orderId)) {
                return Optional.of(sourcer.explain(order));
            }
            sourcer.source(order);
        }
        return Optional.empty();
    }
}
