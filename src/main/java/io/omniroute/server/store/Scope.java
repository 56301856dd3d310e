package io.omniroute.server.store;

/**
 * Who may see a change-feed row: everyone ({@link #ALL}), planners and admins only ({@link #PLANNERS}), or the
 * planners plus the managers of one store, in which case the scope is that store's node id.
 */
public final class Scope {

    /** Shared data every user sees: nodes, SKUs, rules. */
    public static final String ALL = "*";
    /** Data no store manager sees. */
    public static final String PLANNERS = "planners";

    private Scope() {
    }

    /** The scope of a row that belongs to one store. */
    public static String node(String nodeId) {
        return nodeId;
    }

    /** A store's inventory is its managers' to see. */
    public static String of(InventoryRow inventory) {
        return inventory.nodeId();
    }

    /** An order to be collected at a store is that store's; a shipped order is the planners' only. */
    public static String of(OrderRecord order) {
        return order.pickupNodeId().orElse(PLANNERS);
    }

    /** An exception of a pickup order belongs to the pickup store; others are the planners' only. */
    public static String of(ExceptionRow exception) {
        return exception.nodeId().orElse(PLANNERS);
    }

    public static String of(PickupRow pickup) {
        return pickup.nodeId();
    }
}
