package io.omniroute.engine.whatif;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One order whose decision differs between the baseline and the variant.
 *
 * @param before the baseline's decision; empty for an order only the variant has
 * @param after the variant's decision; empty for an order only the baseline has
 */
public record OrderChange(String orderId, Set<ChangeKind> kinds, Optional<OrderOutcome> before,
        Optional<OrderOutcome> after) {

    public OrderChange {
        Objects.requireNonNull(orderId, "orderId");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The variant's cost minus the baseline's, a missing side counting as 0. */
    public double costDelta() {
        return after.map(OrderOutcome::cost).orElse(0.0) - before.map(OrderOutcome::cost).orElse(0.0);
    }
}
