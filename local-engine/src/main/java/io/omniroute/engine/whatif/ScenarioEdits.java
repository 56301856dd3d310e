package io.omniroute.engine.whatif;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The small edits changes share: replacing one list of a scenario, finding a node, checking a factor. */
final class ScenarioEdits {

    private ScenarioEdits() {
    }

    static Scenario withNodes(Scenario s, List<Node> nodes) {
        return new Scenario(nodes, s.skus(), s.inventory(), s.zones(), s.carriers(), s.serviceLevels(), s.orders(),
                s.rules());
    }

    static Scenario withInventory(Scenario s, List<InventoryPosition> inventory) {
        return new Scenario(s.nodes(), s.skus(), inventory, s.zones(), s.carriers(), s.serviceLevels(), s.orders(),
                s.rules());
    }

    static Scenario withCarriers(Scenario s, List<CarrierService> carriers) {
        return new Scenario(s.nodes(), s.skus(), s.inventory(), s.zones(), carriers, s.serviceLevels(), s.orders(),
                s.rules());
    }

    /** The index of the node in the scenario's node list, or a refusal saying that {@code doing} changes nothing. */
    static int requireNode(Scenario scenario, String nodeId, String doing) {
        return requireNode(scenario, nodeId, doing, "");
    }

    /** As {@link #requireNode(Scenario, String, String)}, with a hint appended to the refusal. */
    static int requireNode(Scenario scenario, String nodeId, String doing, String hint) {
        Objects.requireNonNull(nodeId, "nodeId");
        List<Node> nodes = scenario.nodes();
        String sameButCase = "";
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            if (id.equals(nodeId)) {
                return i;
            }
            if (id.equalsIgnoreCase(nodeId)) {
                sameButCase = " (did you mean " + id + "? ids are compared exactly)";
            }
        }
        throw new IllegalArgumentException("node " + nodeId + " is not in the scenario" + sameButCase + ": " + doing
                + " changes nothing" + hint);
    }

    /** The scenario with the node at {@code index} replaced by {@code edit} of it. */
    static Scenario editNode(Scenario scenario, int index, UnaryOperator<Node> edit) {
        List<Node> nodes = new ArrayList<>(scenario.nodes());
        nodes.set(index, edit.apply(nodes.get(index)));
        return withNodes(scenario, nodes);
    }

    /** Refuses a factor that is not a finite number >= 0, or that is exactly 1. */
    static void requireFactor(double factor, String what) {
        if (!Double.isFinite(factor) || factor < 0) {
            throw new IllegalArgumentException("factor " + factor + " for " + what
                    + ": must be a finite number >= 0 (1 keeps it as it is, 0.5 halves it, 2 doubles it)");
        }
        if (factor == 1) {
            throw new IllegalArgumentException("factor 1 for " + what + " changes nothing: leave the change out");
        }
    }

    /** {@code value × factor} rounded half up, within int range. */
    static int scaled(int value, double factor) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(value * factor));
    }

    /** A factor as people write it: 1.5, 0.8, 2. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
