package io.omniroute.console.planning;

import io.omniroute.cache.CachedOrder;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.ShipmentLine;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the plans chosen so far in one batch (a bulk re-source) would take and give back once applied: units per
 * node and SKU, and shipment slots per ship day and node. Each later order of the batch plans against the cache's
 * stock after them, so a preview never promises the same unit to two orders.
 */
public final class BatchHolds {

    private final Map<String, Integer> units = new HashMap<>();
    private final Map<LocalDate, Map<String, Integer>> slots = new HashMap<>();

    /** Nothing held: an order planned alone. */
    public static BatchHolds none() {
        return new BatchHolds();
    }

    /** Units of the SKU at the node the batch's plans take net of what they give back (may be negative). */
    int units(String nodeId, String sku) {
        return units.getOrDefault(nodeId + "|" + sku, 0);
    }

    /** Slots the batch's plans take at the node on that day, net of those they give back. */
    int slots(LocalDate day, String nodeId) {
        return slots.getOrDefault(day, Map.of()).getOrDefault(nodeId, 0);
    }

    /** The order moves from its current allocation to the decision's plan. */
    public void hold(CachedOrder order, SourcingDecision decision) {
        Set<String> was = new HashSet<>();
        for (CachedOrder.Allocation allocation : order.allocations()) {
            units.merge(allocation.nodeId() + "|" + allocation.sku(), -allocation.qty(), Integer::sum);
            if (!allocation.carrier().isEmpty()) {
                was.add(allocation.nodeId());
            }
        }
        Set<String> now = new HashSet<>();
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                units.merge(shipment.nodeId() + "|" + line.sku(), line.qty(), Integer::sum);
            }
            if (!shipment.carrier().isEmpty()) {
                now.add(shipment.nodeId());
            }
        }
        Map<String, Integer> day = slots.computeIfAbsent(OrderWorld.shipDay(order), d -> new HashMap<>());
        was.stream().filter(node -> !now.contains(node)).forEach(node -> day.merge(node, -1, Integer::sum));
        now.stream().filter(node -> !was.contains(node)).forEach(node -> day.merge(node, 1, Integer::sum));
    }
}
