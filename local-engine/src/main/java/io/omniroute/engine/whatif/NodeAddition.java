package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A new node at the end of the node list, so every existing node keeps its place. */
record NodeAddition(Node node) implements Change {

    NodeAddition {
        Objects.requireNonNull(node, "node");
    }

    @Override
    public String describe() {
        return "add node " + node.id() + " (" + node.type() + " at " + node.lat() + ", " + node.lon() + ")";
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        for (Node existing : scenario.nodes()) {
            if (existing.id().equals(node.id())) {
                throw new IllegalArgumentException("node " + node.id() + " is already in the scenario: adding it"
                        + " again would give two nodes one id; close it, open it or change its capacity instead");
            }
        }
        requireValid();
        List<Node> nodes = new ArrayList<>(scenario.nodes());
        nodes.add(node);
        return ScenarioEdits.withNodes(scenario, nodes);
    }

    /** The checks nodes.csv makes on a row, since this node never passed through the reader. */
    private void requireValid() {
        String id = node.id();
        if (id.isBlank()) {
            throw new IllegalArgumentException("the new node has a blank id: give it an id like those of nodes.csv");
        }
        if (!(node.lat() >= -90 && node.lat() <= 90) || !(node.lon() >= -180 && node.lon() <= 180)) {
            throw new IllegalArgumentException("node " + id + " is at lat " + node.lat() + ", lon " + node.lon()
                    + ": lat must be between -90 and 90, lon between -180 and 180");
        }
        if (!(node.handlingCost() >= 0) || !(node.pickCost() >= 0) || node.processingDays() < 0) {
            throw new IllegalArgumentException("node " + id + " has handling_cost " + node.handlingCost()
                    + ", pick_cost " + node.pickCost() + ", processing_days " + node.processingDays()
                    + ": each must be >= 0");
        }
        if (node.dailyCapacity().isPresent() && node.dailyCapacity().getAsInt() < 0) {
            throw new IllegalArgumentException("node " + id + " has daily_capacity " + node.dailyCapacity().getAsInt()
                    + ": must be >= 0, or empty for unlimited");
        }
    }
}
