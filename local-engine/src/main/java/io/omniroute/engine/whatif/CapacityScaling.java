package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Scenario;
import java.util.Objects;
import java.util.OptionalInt;

/** A node's daily shipment capacity multiplied, rounded half up to whole shipments. */
record CapacityScaling(String nodeId, double factor) implements Change {

    CapacityScaling {
        Objects.requireNonNull(nodeId, "nodeId");
    }

    @Override
    public String describe() {
        return "scale the daily capacity of node " + nodeId + " by " + ScenarioEdits.plain(factor);
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        int index = ScenarioEdits.requireNode(scenario, nodeId, "scaling its capacity");
        ScenarioEdits.requireFactor(factor, "the capacity of node " + nodeId);
        OptionalInt current = scenario.nodes().get(index).dailyCapacity();
        if (current.isEmpty()) {
            throw new IllegalArgumentException("node " + nodeId + " has unlimited daily capacity: scaling it by "
                    + ScenarioEdits.plain(factor) + " changes nothing; set a number with Change.setCapacity");
        }
        int scaled = ScenarioEdits.scaled(current.getAsInt(), factor);
        if (scaled == current.getAsInt()) {
            throw new IllegalArgumentException("daily capacity " + current.getAsInt() + " of node " + nodeId
                    + " scaled by " + ScenarioEdits.plain(factor) + " rounds to " + scaled
                    + ": it changes nothing");
        }
        return ScenarioEdits.editNode(scenario, index, n -> CapacitySetting.withCapacity(n, OptionalInt.of(scaled)));
    }
}
