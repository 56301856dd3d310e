package io.omniroute.engine.whatif;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which inventory positions a stock change touches: those at a node, of a SKU, of a category, or any combination
 * (every part given must match); {@link #all()} is every position.
 */
public record StockScope(Optional<String> nodeId, Optional<String> sku, Optional<String> category) {

    public StockScope {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
    }

    public static StockScope all() {
        return new StockScope(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static StockScope node(String nodeId) {
        return all().atNode(nodeId);
    }

    public static StockScope sku(String sku) {
        return new StockScope(Optional.empty(), Optional.of(sku), Optional.empty());
    }

    public static StockScope category(String category) {
        return new StockScope(Optional.empty(), Optional.empty(), Optional.of(category));
    }

    /** This scope narrowed to one node. */
    public StockScope atNode(String node) {
        return new StockScope(Optional.of(node), sku, category);
    }

    /** {@code SKU S-1 at node DC-001}, {@code category 'garden'}, {@code all stock}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        sku.ifPresent(s -> text.append("SKU ").append(s));
        category.ifPresent(c -> text.append(text.length() == 0 ? "" : " of ").append("category '").append(c)
                .append('\''));
        if (text.length() == 0) {
            text.append(nodeId.isPresent() ? "stock" : "all stock");
        }
        nodeId.ifPresent(n -> text.append(" at node ").append(n));
        return text.toString();
    }

    /** Refuses a scope naming a node, SKU or category the scenario lacks, saying that {@code doing} changes nothing. */
    void requireKnown(Scenario scenario, String doing) {
        nodeId.ifPresent(n -> ScenarioEdits.requireNode(scenario, n, doing));
        if (sku.isPresent() && scenario.skus().stream().noneMatch(s -> s.sku().equals(sku.get()))) {
            throw new IllegalArgumentException("SKU " + sku.get() + " is not in the scenario: " + doing
                    + " changes nothing (SKUs are compared exactly, as in skus.csv)");
        }
        if (category.isPresent() && scenario.skus().stream().noneMatch(s -> s.category().equals(category.get()))) {
            throw new IllegalArgumentException("no SKU of the scenario has category '" + category.get() + "': "
                    + doing + " changes nothing (categories are compared exactly, as in skus.csv)");
        }
    }

    /** A fast test for the positions in scope, on a scenario whose references {@link #requireKnown} checked. */
    Predicate<InventoryPosition> matcher(Scenario scenario) {
        Set<String> skus = new HashSet<>();
        if (category.isPresent()) {
            for (Sku s : scenario.skus()) {
                if (s.category().equals(category.get())) {
                    skus.add(s.sku());
                }
            }
        }
        return position -> (nodeId.isEmpty() || nodeId.get().equals(position.nodeId()))
                && (sku.isEmpty() || sku.get().equals(position.sku()))
                && (category.isEmpty() || skus.contains(position.sku()));
    }
}
