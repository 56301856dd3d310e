package io.omniroute.engine.sourcing;

/** Why units of an order line were left unfilled. */
public enum ExceptionType {
    /** No eligible node has ATP left for the SKU. */
    NO_STOCK,
    /** Stock exists at eligible nodes but the optimum left it: too many shipments, too costly, or no partials. */
    PARTIAL,
    /** The pickup store cannot fill the line; the pickup is never moved to another store without a decision. */
    PICKUP_SHORT,
    /** Every node with stock and capacity lacks a carrier service that meets the promise. */
    SLA_INFEASIBLE,
    /** Every node with stock is at its daily shipment capacity. */
    CAPACITY
}
