package io.omniroute.console.network;

/** The text shown when the pointer rests on a node's marker. */
final class NodeTooltip {

    private NodeTooltip() {
    }

    /** "DC-001 · Dallas DC", its kind and place, units on hand, and today's capacity use. */
    static String text(NetworkNode node) {
        String capacity = node.dailyCapacity().isEmpty() ? "unlimited"
                : Formats.count(node.shipmentsToday()) + " of " + Formats.count(node.dailyCapacity().getAsInt())
                        + " shipments (" + Math.round(node.capacityUse().orElse(0) * 100) + "%)";
        return node.id() + " · " + node.name() + "\n"
                + node.kind().label() + " · " + node.info().location() + "\n"
                + Formats.count(node.unitsOnHand()) + " units on hand\n"
                + "Capacity today: " + capacity;
    }
}
