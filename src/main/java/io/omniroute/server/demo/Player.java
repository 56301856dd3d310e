package io.omniroute.server.demo;

import java.time.Duration;
import java.util.Optional;

/** One of the systems the demo plays, taking an order's next step when it is due. */
@FunctionalInterface
interface Player {

    /**
     * Takes the order's next step as it stands now.
     *
     * @return how long until the step after is due; empty when this player is done with the order
     */
    Optional<Duration> advance(String orderId);
}
