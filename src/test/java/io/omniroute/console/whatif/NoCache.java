package io.omniroute.console.whatif;

import io.omniroute.cache.PlanningRepository;
import java.time.Instant;

/** For ViewModel tests on scenario folders: a console whose cache has nothing to offer yet, as on a first start. */
final class NoCache implements CacheWindows {

    @Override
    public PlanningRepository.CreatedOrders count(Instant from, Instant to) {
        return new PlanningRepository.CreatedOrders(0, java.util.Optional.empty(), java.util.Optional.empty());
    }

    @Override
    public Baseline fromCache(Instant from, Instant to, Instant now) {
        throw new IllegalStateException("the backend has not sent its network and rate card yet");
    }
}
