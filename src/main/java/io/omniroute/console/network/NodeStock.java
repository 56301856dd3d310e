package io.omniroute.console.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A node's inventory in sum: live positions, SKUs with stock on hand, units on hand, reserved and available to
 * promise, and when the newest of its positions last changed (epoch seconds; 0 when none said).
 */
public record NodeStock(int positions, int skusInStock, long unitsOnHand, long reserved, long atp,
        long newestUpdateEpochSecond) {

    private static final NodeStock NONE = new NodeStock(0, 0, 0, 0, 0, 0);

    /** A node that holds no position. */
    public static NodeStock none() {
        return NONE;
    }

    public Optional<Instant> newestUpdate() {
        return newestUpdateEpochSecond > 0 ? Optional.of(Instant.ofEpochSecond(newestUpdateEpochSecond))
                : Optional.empty();
    }

    /**
     * Whether its stock figures are too old to trust: even the newest position changed longer ago than
     * {@code maxAge}, or none says when. A node without positions has nothing to be stale.
     */
    public boolean isStaleAt(Instant now, Duration maxAge) {
        return positions > 0 && newestUpdate().map(newest -> newest.plus(maxAge).isBefore(now)).orElse(true);
    }
}
