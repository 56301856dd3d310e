package io.omniroute.console.network;

import java.time.LocalDate;
import java.util.Map;

/** Shipments per node id that count against that UTC day's capacity (the cache's order lookup in the app). */
@FunctionalInterface
public interface ShipmentCounts {

    /** Blocking (it may read the cache): call it in the background. */
    Map<String, Integer> on(LocalDate day);
}
