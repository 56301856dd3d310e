package io.omniroute.console.planning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A plan for an order's units, priced and checked as the backend would check a reroute.
 *
 * @param problems why the backend would refuse it (ATP, capacity, no carrier, too many units); empty when it may go
 * @param unallocated units of each line the plan leaves without a node (they stay open, or are backordered or
 *     cancelled by a separate choice)
 * @param promiseDays the days the order's service level allows
 */
public record PricedPlan(List<PlannedShipment> shipments, List<String> problems, Map<Integer, Integer> unallocated,
        int promiseDays) {

    public PricedPlan {
        shipments = List.copyOf(shipments);
        problems = List.copyOf(problems);
        unallocated = Map.copyOf(Objects.requireNonNull(unallocated, "unallocated"));
    }

    public double totalCost() {
        return shipments.stream().mapToDouble(PlannedShipment::cost).sum();
    }

    /** The slowest shipment's promised days; empty when nothing ships. */
    public OptionalInt promisedDays() {
        return shipments.stream().mapToInt(PlannedShipment::promisedDays).max();
    }

    /** Some shipment misses the promise: applying it needs the planner's explicit word. */
    public boolean late() {
        return shipments.stream().anyMatch(PlannedShipment::late);
    }

    public boolean applicable() {
        return problems.isEmpty() && !shipments.isEmpty();
    }

    public double maxDistanceKm() {
        return shipments.stream().mapToDouble(PlannedShipment::distanceKm).max().orElse(0);
    }

    public int unitsPlaced() {
        return shipments.stream().mapToInt(PlannedShipment::units).sum();
    }
}
