package io.omniroute.console.planning;

import io.omniroute.cache.CachedOrder;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.PricedShipment;
import io.omniroute.engine.sourcing.ShipmentPricer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices a plan for one order in its {@link OrderWorld} and lists what would make the backend refuse it: more units
 * than a node's ATP, a node out of capacity on the ship day, a node that does not ship or reaches the customer by no
 * carrier, more units of a line than it has not cancelled. A node that cannot keep the promise ships by its fastest
 * service and the plan is marked late, as a reroute with {@code accept_late} would.
 */
public final class PlanPricer {

    private final OrderWorld world;
    private final NetworkModel model;
    private final ShipmentPricer pricer;

    public PlanPricer(OrderWorld world) {
        this.world = world;
        this.model = world.network().model();
        this.pricer = ShipmentPricer.of(model);
    }

    /** The plan the order has now, as the cache shows its allocations, each shipment by its own service. */
    public PricedPlan current() {
        Map<String, List<CachedOrder.Allocation>> byShipment = new LinkedHashMap<>();
        for (CachedOrder.Allocation allocation : world.cached().allocations()) {
            byShipment.computeIfAbsent(allocation.shipmentId(), id -> new ArrayList<>()).add(allocation);
        }
        List<PlannedShipment> shipments = new ArrayList<>();
        for (List<CachedOrder.Allocation> shipment : byShipment.values()) {
            CachedOrder.Allocation first = shipment.get(0);
            List<PlanLine> lines = shipment.stream()
                    .map(a -> new PlanLine(a.lineNo(), a.nodeId(), a.qty())).toList();
            int units = lines.stream().mapToInt(PlanLine::qty).sum();
            double weight = weight(lines);
            Order order = world.openOrder();
            Optional<PricedShipment> priced = first.carrier().isEmpty() ? Optional.empty()
                    : pricer.price(order, first.nodeId(), units, weight, Optional.of(first.carrier()),
                            Optional.of(first.service()));
            if (priced.isEmpty() && !first.carrier().isEmpty()) {
                priced = pricer.fastest(order, first.nodeId(), units, weight);
            }
            shipments.add(priced.map(p -> shipment(first.nodeId(), p, units, lines, false, first.carrier(),
                            first.service()))
                    .orElseGet(() -> unpriced(first, units, lines)));
        }
        return new PricedPlan(shipments, List.of(), unallocated(shipments), promiseDays());
    }

    /** The plan with each node's units in one shipment by its cheapest service that keeps the promise. */
    public PricedPlan price(List<PlanLine> plan) {
        List<String> problems = new ArrayList<>();
        Map<String, List<PlanLine>> byNode = new LinkedHashMap<>();
        for (PlanLine line : plan) {
            byNode.computeIfAbsent(line.nodeId(), id -> new ArrayList<>()).add(line);
        }
        checkLineTotals(plan, problems);
        List<PlannedShipment> shipments = new ArrayList<>();
        for (Map.Entry<String, List<PlanLine>> group : byNode.entrySet()) {
            String nodeId = group.getKey();
            List<PlanLine> lines = group.getValue();
            int index = model.nodeIndex(nodeId);
            if (index < 0) {
                problems.add("node " + nodeId + " is not in the network");
                continue;
            }
            Node node = model.node(index);
            if (!node.ship()) {
                problems.add(nodeId + " does not ship");
                continue;
            }
            checkStock(nodeId, lines, problems);
            if (!world.shipsFrom(nodeId) && world.capacityLeft(nodeId) <= 0) {
                problems.add(String.format(Locale.ROOT, "%s has no shipment capacity left on %s (daily capacity %s)",
                        nodeId, OrderWorld.shipDay(world.cached()), node.dailyCapacity().isPresent()
                                ? node.dailyCapacity().getAsInt() : "unlimited"));
            }
            int units = lines.stream().mapToInt(PlanLine::qty).sum();
            double weight = weight(lines);
            Optional<PricedShipment> onTime = pricer.price(world.openOrder(), nodeId, units, weight,
                    Optional.empty(), Optional.empty());
            Optional<PricedShipment> priced = onTime.or(() -> pricer.fastest(world.openOrder(), nodeId, units,
                    weight));
            if (priced.isEmpty()) {
                problems.add("no carrier reaches the customer from " + nodeId);
                continue;
            }
            shipments.add(shipment(nodeId, priced.get(), units, lines, onTime.isEmpty(),
                    priced.get().service().carrier(), priced.get().service().service()));
        }
        if (world.openOrder().fulfillment() == Fulfillment.PICKUP) {
            problems.add("a pickup stays at its store " + world.openOrder().pickupNodeId().orElse("?")
                    + ": backorder or cancel the units it lacks, or resolve once the customer has decided");
        }
        return new PricedPlan(shipments, problems, unallocated(shipments), promiseDays());
    }

    private void checkLineTotals(List<PlanLine> plan, List<String> problems) {
        Map<Integer, Integer> planned = new TreeMap<>();
        plan.forEach(line -> planned.merge(line.lineNo(), line.qty(), Integer::sum));
        for (Map.Entry<Integer, Integer> line : planned.entrySet()) {
            int open = openQty(line.getKey());
            if (line.getValue() > open) {
                problems.add("line " + line.getKey() + ": the plan ships " + line.getValue() + " units, the line has "
                        + open + " not cancelled");
            }
        }
    }

    private void checkStock(String nodeId, List<PlanLine> lines, List<String> problems) {
        Map<String, Integer> bySku = new TreeMap<>();
        for (PlanLine line : lines) {
            bySku.merge(sku(line.lineNo()), line.qty(), Integer::sum);
        }
        for (Map.Entry<String, Integer> sku : bySku.entrySet()) {
            int atp = model.skuIndex(sku.getKey()) < 0 ? 0 : world.atp(nodeId, sku.getKey());
            if (sku.getValue() > atp) {
                problems.add(nodeId + " has ATP " + atp + " of " + sku.getKey() + ", not the " + sku.getValue()
                        + " units the plan takes there");
            }
        }
    }

    private PlannedShipment shipment(String nodeId, PricedShipment priced, int units, List<PlanLine> lines,
            boolean late, String carrier, String service) {
        return new PlannedShipment(nodeId, carrier, service, units, priced.totalCost(), priced.promisedDays(),
                priced.distanceKm(), late, lines);
    }

    /** A pickup allocation, or one whose service no longer exists: handling and pick only, no carrier. */
    private PlannedShipment unpriced(CachedOrder.Allocation first, int units, List<PlanLine> lines) {
        int index = model.nodeIndex(first.nodeId());
        double cost = index < 0 ? 0 : model.node(index).handlingCost() + model.node(index).pickCost() * units;
        return new PlannedShipment(first.nodeId(), first.carrier(), first.service(), units, cost, first.promisedDays(),
                first.distanceKm(), false, lines);
    }

    private Map<Integer, Integer> unallocated(List<PlannedShipment> shipments) {
        Map<Integer, Integer> left = new TreeMap<>();
        for (OrderLine line : world.openOrder().lines()) {
            left.put(line.lineNo(), line.qty());
        }
        for (PlannedShipment shipment : shipments) {
            for (PlanLine line : shipment.lines()) {
                left.merge(line.lineNo(), -line.qty(), Integer::sum);
            }
        }
        left.values().removeIf(units -> units <= 0);
        return left;
    }

    private double weight(List<PlanLine> lines) {
        double weight = 0;
        for (PlanLine line : lines) {
            int sku = model.skuIndex(sku(line.lineNo()));
            weight += sku < 0 ? 0 : model.sku(sku).weightKg() * line.qty();
        }
        return weight;
    }

    private int openQty(int lineNo) {
        return world.openOrder().lines().stream().filter(l -> l.lineNo() == lineNo).mapToInt(OrderLine::qty)
                .findFirst().orElse(0);
    }

    private String sku(int lineNo) {
        return world.cached().lines().stream().filter(l -> l.lineNo() == lineNo).map(CachedOrder.Line::sku)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("order " + world.cached().orderId()
                        + " has no line " + lineNo));
    }

    private int promiseDays() {
        int days = model.serviceLevelDays(world.openOrder().serviceLevel());
        return Math.max(0, days);
    }

    /** The day the order is promised by: the end of its creation day plus the service level's days. */
    public static LocalDate promisedBy(CachedOrder order, int serviceLevelDays) {
        return OrderWorld.shipDay(order).plusDays(serviceLevelDays);
    }
}
