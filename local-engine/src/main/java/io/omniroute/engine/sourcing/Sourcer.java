package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.rules.RuleSet;

/**
 * Decides where orders ship from: the rule cascade picks a profile, and the profile's plan of minimal objective
 * is found exactly. Not thread-safe: one sourcer owns its ledgers.
 */
public interface Sourcer {

    static Sourcer create(NetworkModel network, InventoryLedger inventory, CapacityLedger capacity, RuleSet rules) {
        return new DefaultSourcer(network, inventory, capacity, rules);
    }

    /** The optimal decision against the current stock and capacity, without reserving anything. */
    SourcingDecision decide(Order order);

    /** Decides, then reserves the stock and the shipment capacity the decision uses. */
    SourcingDecision source(Order order);

    /** Decides without reserving, and explains the verdict on every node of the network. */
    Explanation explain(Order order);

    /**
     * Decides without reserving, explains, and ranks up to {@code limit} plans with distinct sets of shipping nodes,
     * the optimum first ({@link Alternatives} says what each is provably best at). A pickup has one plan: its store.
     */
    Alternatives alternatives(Order order, int limit);
}
