package io.omniroute.engine.sourcing;

/**
 * A decision plus what applying it takes: the inventory positions to reserve and the nodes whose capacity
 * for the order's day it consumes.
 */
record PlannedOrder(
        SourcingDecision decision,
        OrderProblem problem,
        int[] reservePositions,
        int[] reserveQty,
        int[] capacityNodes,
        long day) {
}
