package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.util.Objects;

/** A node stops shipping and taking pickups; pickups already ordered there become PICKUP_SHORT. */
record NodeClosing(String nodeId) implements Change {

    NodeClosing {
        Objects.requireNonNull(nodeId, "nodeId");
    }

    @Override
    public String describe() {
        return "close node " + nodeId;
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        int index = ScenarioEdits.requireNode(scenario, nodeId, "closing it");
        Node node = scenario.nodes().get(index);
        if (!node.ship() && !node.pickup()) {
            throw new IllegalArgumentException("node " + nodeId + " is already closed (ship=false, pickup=false):"
                    + " closing it changes nothing");
        }
        return ScenarioEdits.editNode(scenario, index, n -> new Node(n.id(), n.name(), n.type(), n.lat(), n.lon(),
                n.zip(), false, false, n.sameDay(), n.returns(), n.dailyCapacity(), n.handlingCost(), n.pickCost(),
                n.processingDays(), n.tags()));
    }
}
