package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import java.util.HashMap;
import java.util.Map;

/**
 * Feasible carrier services per node, zone and promise. Where no service of the zone has its own distance limit
 * the answer depends on nothing else, so it is computed once; this takes list building off the hot path.
 */
final class ServiceCache {

    private final int zones;
    private final Map<Integer, CarrierService[][]> byMaxDays = new HashMap<>();
    private final int nodes;

    ServiceCache(NetworkModel network) {
        this.zones = network.zoneNames.length;
        this.nodes = network.nodeCount();
    }

    /** The table for one promise, indexed by {@link #index}; an entry is null until computed. */
    CarrierService[][] table(int maxDays) {
        return byMaxDays.computeIfAbsent(maxDays, d -> new CarrierService[nodes * zones][]);
    }

    int index(int node, int zone) {
        return node * zones + zone;
    }
}
