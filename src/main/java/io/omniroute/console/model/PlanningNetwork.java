package io.omniroute.console.model;

import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.sourcing.NetworkModel;
import java.util.Objects;

/**
 * The network, rate card and rules as the cache last had them, compiled for the engine once: what the console plans
 * orders with, exactly as the backend would.
 *
 * @param network nodes, SKUs, zones, carrier services, service levels and rules; no stock, no orders
 */
public record PlanningNetwork(Scenario network, NetworkModel model, RuleSet rules) {

    public PlanningNetwork {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rules, "rules");
    }

    public static PlanningNetwork compile(Scenario network) {
        return new PlanningNetwork(network, NetworkModel.of(network), network.rules().orElseGet(RuleSet::builtIn));
    }
}
