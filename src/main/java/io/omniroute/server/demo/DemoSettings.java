package io.omniroute.server.demo;

import java.util.Objects;

/**
 * How {@code serve --demo} runs.
 *
 * @param ordersPerSecond the rate the scenario's orders are replayed at
 * @param seed seeds the demo's random choices (which pickups are rejected or never collected, the delays)
 * @param pace how long the played stores and nodes take over each step
 */
public record DemoSettings(double ordersPerSecond, long seed, DemoPace pace) {

    public static final double DEFAULT_ORDERS_PER_SECOND = 5;
    /** Beyond this a demo only measures the database; {@code bench-api} is the tool for load. */
    public static final double MAX_ORDERS_PER_SECOND = 100;
    public static final long DEFAULT_SEED = 2026;

    public DemoSettings {
        Objects.requireNonNull(pace, "pace");
        if (!isValidRate(ordersPerSecond)) {
            throw new IllegalArgumentException("the demo rate must be > 0 and <= " + (int) MAX_ORDERS_PER_SECOND
                    + " orders per second, was " + ordersPerSecond);
        }
    }

    /** The default seed and the standard pace at the given rate. */
    public static DemoSettings atRate(double ordersPerSecond) {
        return new DemoSettings(ordersPerSecond, DEFAULT_SEED, DemoPace.standard());
    }

    public static boolean isValidRate(double ordersPerSecond) {
        return ordersPerSecond > 0 && ordersPerSecond <= MAX_ORDERS_PER_SECOND;
    }
}
