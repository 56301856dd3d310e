package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.rules.RuleSet;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One edit of a scenario. A change checks itself against the scenario it edits and refuses, naming the values, an
 * edit that refers to something the scenario lacks or would change nothing: such a change is almost always a typo,
 * and a silently idle change would make a what-if answer a question nobody asked.
 */
public sealed interface Change permits RulesReplacement, NodeClosing, NodeOpening, NodeAddition, CapacitySetting,
        CapacityScaling, StockScaling, StockMove, CarrierRateScaling, DemandScaling {

    /** What the change does, in a few words for reports: {@code close node DC-009}. */
    String describe();

    /**
     * The scenario with this change made.
     *
     * @throws IllegalArgumentException naming the values, when the change does not fit the scenario
     */
    Scenario applyTo(Scenario scenario);

    /** Sources with these rules instead of the scenario's own (or the built-in default). */
    static Change replaceRules(RuleSet rules) {
        return new RulesReplacement(rules);
    }

    /** The node neither ships nor takes pickups; its stock stays, stranded. */
    static Change closeNode(String nodeId) {
        return new NodeClosing(nodeId);
    }

    /** A node of the scenario that does not ship (ship=false) starts shipping. */
    static Change openNode(String nodeId) {
        return new NodeOpening(nodeId);
    }

    /** A new node, without stock until a later {@link #moveStock} gives it some. */
    static Change addNode(Node node) {
        return new NodeAddition(node);
    }

    /** Sets a node's daily shipment capacity. */
    static Change setCapacity(String nodeId, int shipmentsPerDay) {
        return new CapacitySetting(nodeId, OptionalInt.of(shipmentsPerDay));
    }

    /** Lifts a node's daily shipment capacity: it may ship without limit. */
    static Change removeCapacityLimit(String nodeId) {
        return new CapacitySetting(nodeId, OptionalInt.empty());
    }

    /** Multiplies a node's daily shipment capacity, rounding to whole shipments. */
    static Change scaleCapacity(String nodeId, double factor) {
        return new CapacityScaling(nodeId, factor);
    }

    /** Multiplies on_hand of the positions in scope, rounding to whole units; safety stock stays. */
    static Change scaleStock(StockScope scope, double factor) {
        return new StockScaling(scope, factor);
    }

    /**
     * Moves a fraction of on_hand of the items in scope from one node to another, rounding to whole units; the
     * receiving node gets a position (safety stock 0) where it had none. The scope must not name a node.
     */
    static Change moveStock(String fromNode, String toNode, StockScope items, double fraction) {
        return new StockMove(fromNode, toNode, items, fraction);
    }

    /** Multiplies every carrier's base rate and per-kg rate. */
    static Change scaleCarrierRates(double factor) {
        return new CarrierRateScaling(Optional.empty(), factor);
    }

    /** Multiplies one carrier's base rates and per-kg rates, in every zone and service. */
    static Change scaleCarrierRates(String carrier, double factor) {
        return new CarrierRateScaling(Optional.of(carrier), factor);
    }

    /**
     * Scales the orders to {@code round(orders × factor)}: below 1 a sample of them, above 1 every order
     * {@code floor(factor)} times plus a sample once more. The sample is drawn from the seed, so the same seed gives
     * the same orders. A copy keeps the original's time, customer and lines, with id {@code <order_id>~<n>}.
     */
    static Change scaleDemand(double factor, long seed) {
        return new DemandScaling(factor, seed);
    }
}
