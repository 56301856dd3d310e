package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import java.util.Objects;
import java.util.OptionalInt;

/** A node's daily shipment capacity set to a number, or lifted (empty). */
record CapacitySetting(String nodeId, OptionalInt shipmentsPerDay) implements Change {

    CapacitySetting {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(shipmentsPerDay, "shipmentsPerDay");
    }

    @Override
    public String describe() {
        return "set the daily capacity of node " + nodeId + " to " + text(shipmentsPerDay);
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        int index = ScenarioEdits.requireNode(scenario, nodeId, "changing its capacity");
        if (shipmentsPerDay.isPresent() && shipmentsPerDay.getAsInt() < 0) {
            throw new IllegalArgumentException("daily capacity " + shipmentsPerDay.getAsInt() + " for node " + nodeId
                    + ": must be >= 0 shipments per day (0 stops it shipping)");
        }
        OptionalInt current = scenario.nodes().get(index).dailyCapacity();
        if (current.equals(shipmentsPerDay)) {
            throw new IllegalArgumentException("node " + nodeId + " already has daily capacity " + text(current)
                    + ": setting it to " + text(shipmentsPerDay) + " changes nothing");
        }
        return ScenarioEdits.editNode(scenario, index, n -> withCapacity(n, shipmentsPerDay));
    }

    static Node withCapacity(Node n, OptionalInt capacity) {
        return new Node(n.id(), n.name(), n.type(), n.lat(), n.lon(), n.zip(), n.ship(), n.pickup(), n.sameDay(),
                n.returns(), capacity, n.handlingCost(), n.pickCost(), n.processingDays(), n.tags());
    }

    static String text(OptionalInt capacity) {
        return capacity.isPresent() ? String.valueOf(capacity.getAsInt()) : "unlimited";
    }
}
