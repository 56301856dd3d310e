package io.omniroute.engine.sourcing;

import java.util.List;
import java.util.Objects;

/**
 * Where an order ships from.
 *
 * @param profile the rule profile whose plan was taken (after any fallbacks)
 * @param objective the plan's objective value: shipment costs, biases and penalties
 * @param attempts each profile tried, in order, ending with {@code profile}
 */
public record SourcingDecision(
        String orderId,
        String profile,
        List<Shipment> shipments,
        List<LineException> exceptions,
        double objective,
        List<ProfileAttempt> attempts) {

    public SourcingDecision {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(profile, "profile");
        shipments = List.copyOf(shipments);
        exceptions = List.copyOf(exceptions);
        attempts = List.copyOf(attempts);
    }

    public int unitsFilled() {
        int units = 0;
        for (Shipment shipment : shipments) {
            units += shipment.units();
        }
        return units;
    }

    public double totalCost() {
        double cost = 0;
        for (Shipment shipment : shipments) {
            cost += shipment.totalCost();
        }
        return cost;
    }
}
