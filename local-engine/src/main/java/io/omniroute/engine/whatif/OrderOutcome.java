package io.omniroute.engine.whatif;

import io.omniroute.engine.sourcing.ExceptionType;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one run decided for one order.
 *
 * @param nodeIds the nodes it ships from, one shipment each
 * @param cost the real cost of its shipments, without rule biases or penalties
 * @param promisedDays days until its last shipment arrives; empty when nothing ships
 * @param exceptions the types of its line exceptions
 */
public record OrderOutcome(List<String> nodeIds, int shipments, double cost, OptionalInt promisedDays,
        int unitsOrdered, int unitsFilled, Set<ExceptionType> exceptions) {

    public OrderOutcome {
        nodeIds = List.copyOf(nodeIds);
        Objects.requireNonNull(promisedDays, "promisedDays");
        exceptions = Set.copyOf(exceptions);
    }

    public boolean complete() {
        return unitsFilled == unitsOrdered;
    }
}
