package io.omniroute.generate;

import java.time.Instant;

/**
 * What to generate. The same settings always give the same scenario.
 *
 * @param nodes total nodes of every type
 * @param skus catalog size
 * @param orders number of orders
 * @param days how many days the orders are spread over, starting at {@link #START}
 * @param seed the random seed
 */
public record GeneratorSettings(int nodes, int skus, int orders, int days, long seed) {

    public static final int DEFAULT_NODES = 300;
    public static final int DEFAULT_SKUS = 20_000;
    public static final int DEFAULT_ORDERS = 100_000;
    public static final int DEFAULT_DAYS = 7;
    public static final long DEFAULT_SEED = 42;

    /** Largest --days: keeps the order clock's packed sort keys and the story of "one planning window" sane. */
    public static final int MAX_DAYS = 366;

    /** A fixed Monday, so that output never depends on the time of day the generator runs. */
    public static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    public GeneratorSettings {
        requireAtLeastOne("nodes", nodes);
        requireAtLeastOne("skus", skus);
        requireAtLeastOne("orders", orders);
        requireAtLeastOne("days", days);
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("days is " + days + ": must be at most " + MAX_DAYS);
        }
    }

    public static GeneratorSettings defaults() {
        return new GeneratorSettings(DEFAULT_NODES, DEFAULT_SKUS, DEFAULT_ORDERS, DEFAULT_DAYS, DEFAULT_SEED);
    }

    public static GeneratorSettings of(int nodes, int skus, int orders, int days, long seed) {
        return new GeneratorSettings(nodes, skus, orders, days, seed);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(nodes, skus, orders, days, newSeed);
    }

    public Instant end() {
        return START.plusSeconds(86_400L * days);
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " is " + value + ": must be at least 1");
        }
    }
}
