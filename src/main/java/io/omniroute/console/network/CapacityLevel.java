package io.omniroute.console.network;

import java.util.OptionalDouble;

/** How full a node's shipping capacity is today, for the colour of its bar. */
public enum CapacityLevel {
    UNLIMITED, NORMAL, HIGH, FULL;

    /** From this share of the capacity on, the bar warns. */
    static final double HIGH_FROM = 0.8;

    public static CapacityLevel of(OptionalDouble use) {
        if (use.isEmpty()) {
            return UNLIMITED;
        }
        double share = use.getAsDouble();
        return share >= 1 ? FULL : share >= HIGH_FROM ? HIGH : NORMAL;
    }
}
