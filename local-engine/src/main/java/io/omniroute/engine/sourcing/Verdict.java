package io.omniroute.engine.sourcing;

/** What the optimizer concluded about one node for one order. */
public enum Verdict {
    /** The node ships part or all of the order. */
    CHOSEN,
    /** The node could have shipped, but every plan using it costs more than the chosen one. */
    BEATEN_ON_COST,
    /** A rule of the profile excludes the node. */
    FILTERED,
    /** The node has no ATP for any SKU of the order. */
    NO_STOCK,
    /** The node is at its daily shipment capacity. */
    OVER_CAPACITY,
    /** No carrier service from the node meets the order's promise. */
    NO_FEASIBLE_SERVICE
}
