package io.omniroute.engine.rules;

/**
 * Hard limits on a plan.
 *
 * @param allowPartial when false an order that cannot be filled completely gets no allocation at all
 */
public record Constraints(int maxShipments, boolean allowPartial) {
}
