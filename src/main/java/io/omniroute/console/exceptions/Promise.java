package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedOrder;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.console.planning.OrderWorld;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When an order is promised by: the end of the UTC day its service level's days after the day it was created (a
 * same-day order by the end of its own day), as the engine's promise counts days.
 */
final class Promise {

    private Promise() {
    }

    static Optional<Instant> due(CachedOrder order, Optional<PlanningNetwork> network) {
        if (network.isEmpty()) {
            return Optional.empty();
        }
        int days = network.get().model().serviceLevelDays(order.order().serviceLevel());
        if (days < 0) {
            return Optional.empty();
        }
        return Optional.of(OrderWorld.shipDay(order).plusDays(days + 1L).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
