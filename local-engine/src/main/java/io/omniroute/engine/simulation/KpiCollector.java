package io.omniroute.engine.simulation;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.sourcing.CapacityLedger;
import io.omniroute.engine.sourcing.ExceptionType;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Accumulates KPIs one decision at a time, so a run never holds its decisions in memory. */
public final class KpiCollector {

    private final NetworkModel network;
    private final long[] nodeShipments;
    private final long[] nodeUnits;
    private final long[] nodePickups;
    private final Set<Long> days = new HashSet<>();
    private final Map<ExceptionType, Long> exceptionLines = new EnumMap<>(ExceptionType.class);
    private final Map<ExceptionType, Long> exceptionUnits = new EnumMap<>(ExceptionType.class);
    private long orders;
    private long shipOrders;
    private long unitsOrdered;
    private long unitsFilled;
    private long fullyFilled;
    private long withShipments;
    private long split;
    private long shipments;
    private long carrierShipments;
    private double totalCost;
    private double distanceSum;
    private long promisedDaysSum;

    public KpiCollector(NetworkModel network) {
        this.network = network;
        nodeShipments = new long[network.nodeCount()];
        nodeUnits = new long[network.nodeCount()];
        nodePickups = new long[network.nodeCount()];
    }

    public void add(Order order, SourcingDecision decision) {
        orders++;
        if (order.fulfillment() == Fulfillment.SHIP) {
            shipOrders++;
        }
        days.add(CapacityLedger.utcDay(order.createdAt()));
        int ordered = order.units();
        int filled = decision.unitsFilled();
        unitsOrdered += ordered;
        unitsFilled += filled;
        if (filled == ordered) {
            fullyFilled++;
        }
        List<Shipment> orderShipments = decision.shipments();
        if (!orderShipments.isEmpty()) {
            withShipments++;
            shipments += orderShipments.size();
            if (orderShipments.size() > 1) {
                split++;
            }
        }
        for (Shipment shipment : orderShipments) {
            int node = network.nodeIndex(shipment.nodeId());
            nodeUnits[node] += shipment.units();
            totalCost += shipment.totalCost();
            if (shipment.fulfillment() == Fulfillment.SHIP) {
                nodeShipments[node]++;
                carrierShipments++;
                distanceSum += shipment.distanceKm();
                promisedDaysSum += shipment.promisedDays();
            } else {
                nodePickups[node]++;
            }
        }
        for (LineException exception : decision.exceptions()) {
            exceptionLines.merge(exception.type(), 1L, Long::sum);
            exceptionUnits.merge(exception.type(), (long) exception.qtyUnfilled(), Long::sum);
        }
    }

    public Kpis kpis() {
        List<NodeUtilization> utilization = new ArrayList<>();
        for (int i = 0; i < network.nodeCount(); i++) {
            Node node = network.node(i);
            OptionalDouble used = node.dailyCapacity().isPresent() && !days.isEmpty()
                    ? OptionalDouble.of(ratio(nodeShipments[i], (double) node.dailyCapacity().getAsInt() * days.size()))
                    : OptionalDouble.empty();
            utilization.add(new NodeUtilization(node.id(), node.type(), nodeShipments[i], nodeUnits[i],
                    nodePickups[i], used));
        }
        return new Kpis(orders, shipOrders, orders - shipOrders, unitsOrdered, unitsFilled,
                ratio(unitsFilled, unitsOrdered), fullyFilled, ratio(fullyFilled, orders), withShipments, shipments,
                ratio(split, withShipments), ratio(shipments, withShipments), totalCost,
                ratio(totalCost, withShipments), ratio(distanceSum, carrierShipments),
                ratio(promisedDaysSum, carrierShipments), days.size(), exceptionLines, exceptionUnits, utilization);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

}
