package io.omniroute.engine.whatif;

/** How an order's decision differs between two runs; one order can change in several ways at once. */
public enum ChangeKind {
    /** It ships from a different set of nodes. */
    NODES_CHANGED,
    /** It ships in a different number of shipments. */
    SPLIT_CHANGED,
    /** Its shipments cost more. */
    COST_UP,
    /** Its shipments cost less. */
    COST_DOWN,
    /** Its last shipment is promised on a different day. */
    PROMISE_CHANGED,
    /** It was filled completely and now leaves units unfilled. */
    NEWLY_UNFILLED,
    /** It left units unfilled and is now filled completely. */
    NEWLY_FILLED,
    /** It fills a different number of units, short of complete in both runs. */
    FILL_CHANGED,
    /** Its unfilled units have different exception types. */
    EXCEPTIONS_CHANGED,
    /** Only the variant has it (demand scaled up). */
    ADDED,
    /** Only the baseline has it (demand scaled down). */
    REMOVED
}
