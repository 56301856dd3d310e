package io.omniroute.console.whatif;

import io.omniroute.cache.PlanningRepository;
import java.time.Instant;

/** The cache's side of a baseline: how many orders a window holds, and the snapshot with them. Blocking. */
interface CacheWindows {

    PlanningRepository.CreatedOrders count(Instant from, Instant to);

    /** @throws IllegalStateException when the cache cannot give a baseline yet, saying why */
    Baseline fromCache(Instant from, Instant to, Instant now);
}
