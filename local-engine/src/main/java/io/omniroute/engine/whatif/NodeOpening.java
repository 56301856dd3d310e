package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.util.Objects;

/** A node of the scenario that does not ship starts shipping; whether it takes pickups stays as it was. */
record NodeOpening(String nodeId) implements Change {

    NodeOpening {
        Objects.requireNonNull(nodeId, "nodeId");
    }

    @Override
    public String describe() {
        return "open node " + nodeId;
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        int index = ScenarioEdits.requireNode(scenario, nodeId, "opening it",
                "; a new node is added with Change.addNode");
        if (scenario.nodes().get(index).ship()) {
            throw new IllegalArgumentException("node " + nodeId + " already ships (ship=true): opening it changes"
                    + " nothing");
        }
        return ScenarioEdits.editNode(scenario, index, n -> new Node(n.id(), n.name(), n.type(), n.lat(), n.lon(),
                n.zip(), true, n.pickup(), n.sameDay(), n.returns(), n.dailyCapacity(), n.handlingCost(),
                n.pickCost(), n.processingDays(), n.tags()));
    }
}
