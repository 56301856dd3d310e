package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import java.util.Optional;

/**
 * Units of each SKU group one node ships, before they are spread over order lines.
 *
 * @param service empty for a pickup
 * @param positions the inventory position of each group at this node, -1 where it ships none
 */
record NodeAllocation(int node, Optional<CarrierService> service, double distanceKm, int[] groupUnits, int[] positions) {
}
