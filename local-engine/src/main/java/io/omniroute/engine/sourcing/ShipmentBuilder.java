package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns node allocations into shipment records, spreading each SKU's units over its lines in line order. */
final class ShipmentBuilder {

    private final NetworkModel network;
    private final Order order;
    private final OrderProblem problem;
    private final int[] lineLeft;
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<Integer> reservePositions = new ArrayList<>();
    private final List<Integer> reserveQty = new ArrayList<>();
    private final List<Integer> capacityNodes = new ArrayList<>();

    ShipmentBuilder(NetworkModel network, Order order, OrderProblem problem) {
        this.network = network;
        this.order = order;
        this.problem = problem;
        this.lineLeft = new int[order.lines().size()];
        for (int i = 0; i < lineLeft.length; i++) {
            lineLeft[i] = order.lines().get(i).qty();
        }
    }

    ShipmentBuilder addAll(List<NodeAllocation> allocations) {
        List<NodeAllocation> byNode = new ArrayList<>(allocations);
        byNode.sort(Comparator.comparingInt(NodeAllocation::node));
        for (NodeAllocation allocation : byNode) {
            add(allocation);
        }
        return this;
    }

    private void add(NodeAllocation allocation) {
        Node node = network.node(allocation.node());
        List<ShipmentLine> lines = new ArrayList<>();
        int units = 0;
        double weight = 0;
        for (int g = 0; g < problem.groups; g++) {
            int groupUnits = allocation.groupUnits()[g];
            if (groupUnits == 0) {
                continue;
            }
            units += groupUnits;
            weight += groupUnits * problem.groupWeight[g];
            reservePositions.add(allocation.positions()[g]);
            reserveQty.add(groupUnits);
            int left = groupUnits;
            for (int i = 0; i < lineLeft.length && left > 0; i++) {
                OrderLine line = order.lines().get(i);
                if (lineLeft[i] > 0 && network.skuIndex(line.sku()) == problem.groupSku[g]) {
                    int take = Math.min(left, lineLeft[i]);
                    lines.add(new ShipmentLine(line.lineNo(), line.sku(), take));
                    lineLeft[i] -= take;
                    left -= take;
                }
            }
        }
        lines.sort(Comparator.comparingInt(ShipmentLine::lineNo));
        String id = order.orderId() + "-" + (shipments.size() + 1);
        double handling = node.handlingCost();
        double pick = node.pickCost() * units;
        if (allocation.service().isPresent()) {
            CarrierService service = allocation.service().get();
            double carrier = service.baseRate() + service.perKg() * weight;
            capacityNodes.add(allocation.node());
            shipments.add(new Shipment(id, node.id(), Fulfillment.SHIP, service.carrier(), service.service(),
                    service.zone(), allocation.distanceKm(), units, weight, handling, pick, carrier,
                    handling + pick + carrier, node.processingDays() + service.transitDays(), lines));
        } else {
            shipments.add(new Shipment(id, node.id(), Fulfillment.PICKUP, "", "", "", allocation.distanceKm(), units,
                    weight, handling, pick, 0, handling + pick, node.processingDays(), lines));
        }
    }

    List<Shipment> shipments() {
        return shipments;
    }

    /** Units of the i-th order line no shipment carries. */
    int unfilled(int lineIndex) {
        return lineLeft[lineIndex];
    }

    PlannedOrder planned(SourcingDecision decision) {
        return new PlannedOrder(decision, problem, toArray(reservePositions), toArray(reserveQty),
                toArray(capacityNodes), problem.day);
    }

    private static int[] toArray(List<Integer> values) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
