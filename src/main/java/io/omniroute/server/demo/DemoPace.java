package io.omniroute.server.demo;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the played stores and nodes take over each step. Each delay is an average: every step is drawn between
 * half and one and a half times it, so the network does not move in lockstep.
 *
 * @param acceptAfter from a pickup's creation until its store accepts it
 * @param readyAfter from acceptance until the pickup is ready
 * @param collectAfter from ready until the customer comes (or does not)
 * @param shipAfter from a SHIP order's creation until its nodes confirm it shipped
 */
public record DemoPace(Duration acceptAfter, Duration readyAfter, Duration collectAfter, Duration shipAfter) {

    public DemoPace {
        requireNotNegative(acceptAfter, "acceptAfter");
        requireNotNegative(readyAfter, "readyAfter");
        requireNotNegative(collectAfter, "collectAfter");
        requireNotNegative(shipAfter, "shipAfter");
    }

    /** A pace that shows every step within about two minutes of an order, slow enough to follow in the console. */
    public static DemoPace standard() {
        return new DemoPace(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(45),
                Duration.ofSeconds(40));
    }

    /** The same delay for every step; tests use a short one. */
    public static DemoPace every(Duration delay) {
        return new DemoPace(delay, delay, delay, delay);
    }

    private static void requireNotNegative(Duration delay, String name) {
        Objects.requireNonNull(delay, name);
        if (delay.isNegative()) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + delay);
        }
    }
}
