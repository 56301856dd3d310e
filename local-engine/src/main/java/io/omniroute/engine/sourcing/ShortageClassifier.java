package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.OrderLine;
import java.util.Map;

/**
 * Types the units a SHIP plan leaves unfilled by looking at the stock still left for them: none at eligible
 * nodes (NO_STOCK), only at nodes out of capacity (CAPACITY), only where no service meets the promise
 * (SLA_INFEASIBLE), or available yet not worth or not allowed to use (PARTIAL).
 */
final class ShortageClassifier {

    private final NetworkModel network;
    private final InventoryLedger inventory;
    private final CapacityLedger capacity;
    private final OrderProblem problem;
    private final ProfileMask mask;
    /** Units each node ships in the plan, per SKU group, by node index. */
    private final Map<Integer, int[]> planUnits;

    ShortageClassifier(NetworkModel network, InventoryLedger inventory, CapacityLedger capacity,
            OrderProblem problem, ProfileMask mask, Map<Integer, int[]> planUnits) {
        this.network = network;
        this.inventory = inventory;
        this.capacity = capacity;
        this.problem = problem;
        this.mask = mask;
        this.planUnits = planUnits;
    }

    LineException classify(OrderLine line, int unfilled, boolean allowPartial, int shipments) {
        int group = problem.group(line.sku());
        int sku = problem.groupSku[group];
        int filteredUnits = 0;
        int eligibleNodes = 0;
        int withCapacity = 0;
        int withService = 0;
        int availableUnits = 0;
        for (int p = inventory.firstPosition(sku), end = inventory.endPosition(sku); p < end; p++) {
            int node = inventory.nodeOf(p);
            int[] used = planUnits.get(node);
            int left = inventory.atpAt(p) - (used == null ? 0 : used[group]);
            if (left <= 0) {
                continue;
            }
            double chordSq = problem.chordSq(node);
            if (!mask.allowed[node] || problem.beyondMaxDistance(node, chordSq)) {
                filteredUnits += left;
                continue;
            }
            eligibleNodes++;
            if (used == null && capacity.remaining(node, problem.day) <= 0) {
                continue;
            }
            withCapacity++;
            int zone = problem.zone(node, chordSq);
            if (zone < 0 || problem.feasibleServices(node, zone, chordSq).length == 0) {
                continue;
            }
            withService++;
            availableUnits += left;
        }
        String sku0 = line.sku();
        if (eligibleNodes == 0) {
            String where = filteredUnits > 0
                    ? "; " + filteredUnits + " units sit at nodes profile '" + problem.profile.name() + "' filters out"
                    : "";
            return new LineException(line.lineNo(), sku0, unfilled, ExceptionType.NO_STOCK,
                    "no eligible node has ATP left for SKU " + sku0 + where);
        }
        if (withCapacity == 0) {
            return new LineException(line.lineNo(), sku0, unfilled, ExceptionType.CAPACITY,
                    "all " + eligibleNodes + " eligible nodes with ATP for SKU " + sku0
                            + " are at their daily shipment capacity");
        }
        if (withService == 0) {
            return new LineException(line.lineNo(), sku0, unfilled, ExceptionType.SLA_INFEASIBLE,
                    "none of the " + withCapacity + " nodes with ATP and capacity for SKU " + sku0
                            + " has a carrier service within " + problem.order.serviceLevel() + " ("
                            + problem.maxDays + " days)");
        }
        return new LineException(line.lineNo(), sku0, unfilled, ExceptionType.PARTIAL,
                partialReason(sku0, availableUnits, withService, allowPartial, shipments));
    }

    private String partialReason(String sku, int units, int nodes, boolean allowPartial, int shipments) {
        String available = units + " units of SKU " + sku + " are available at " + nodes + " eligible nodes, but ";
        if (!allowPartial) {
            return available + "no plan fills the whole order and profile '" + problem.profile.name()
                    + "' does not allow partial fulfillment";
        }
        if (shipments >= problem.maxShipments) {
            return available + "the plan already uses max_shipments " + problem.maxShipments;
        }
        return available + "shipping them costs more than leaving them unfilled (unfilled_penalty "
                + problem.unfilledPenalty + " per unit)";
    }
}
