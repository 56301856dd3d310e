package io.omniroute.console.planning;

import java.util.List;
import java.util.Objects;

/**
 * What one node would ship under a plan, priced by the engine's cost model.
 *
 * @param late no service keeps the order's promise from this node: it goes by its fastest service
 */
public record PlannedShipment(String nodeId, String carrier, String service, int units, double cost,
        int promisedDays, double distanceKm, boolean late, List<PlanLine> lines) {

    public PlannedShipment {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        lines = List.copyOf(lines);
    }
}
