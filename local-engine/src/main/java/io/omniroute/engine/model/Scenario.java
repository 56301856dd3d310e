package io.omniroute.engine.model;

import io.omniroute.engine.rules.RuleSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything a simulation needs: the network, its stock, the carriers, the orders and optionally the rules. */
public record Scenario(
        List<Node> nodes,
        List<Sku> skus,
        List<InventoryPosition> inventory,
        List<Zone> zones,
        List<CarrierService> carriers,
        List<ServiceLevel> serviceLevels,
        List<Order> orders,
        Optional<RuleSet> rules) {

    public Scenario {
        nodes = List.copyOf(nodes);
        skus = List.copyOf(skus);
        inventory = List.copyOf(inventory);
        zones = List.copyOf(zones);
        carriers = List.copyOf(carriers);
        serviceLevels = List.copyOf(serviceLevels);
        orders = List.copyOf(orders);
        Objects.requireNonNull(rules, "rules");
    }

    public Scenario withRules(Optional<RuleSet> newRules) {
        return new Scenario(nodes, skus, inventory, zones, carriers, serviceLevels, orders, newRules);
    }

    public Scenario withOrders(List<Order> newOrders) {
        return new Scenario(nodes, skus, inventory, zones, carriers, serviceLevels, newOrders, rules);
    }
}
