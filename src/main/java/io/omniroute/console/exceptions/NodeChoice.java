package io.omniroute.console.exceptions;

import java.util.Locale;
import java.util.Objects;

/**
 * A node a line's units could ship from, as the plan editor offers it: with its ATP for the line's SKU, its
 * distance to the customer, and what shipping the line's units from it alone would cost.
 *
 * @param late no service from it keeps the promise
 */
public record NodeChoice(String nodeId, String name, int atp, double distanceKm, double cost, boolean late) {

    public NodeChoice {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s · ATP %d · %.0f km · %.2f%s", nodeId, name, atp, distanceKm, cost,
                late ? " · late" : "");
    }
}
