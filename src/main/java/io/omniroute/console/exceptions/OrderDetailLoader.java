package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedException;
import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.cache.OutboxCommand;
import io.omniroute.cache.OutboxState;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.console.model.PlanningNetworks;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ShipmentSlots;
import io.omniroute.console.planning.OrderWorld;
import io.omniroute.console.planning.PlanLine;
import io.omniroute.console.planning.PlanPricer;
import io.omniroute.console.planning.PlannedShipment;
import io.omniroute.console.planning.PricedPlan;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.sourcing.Alternative;
import io.omniroute.engine.sourcing.Alternatives;
import io.omniroute.engine.sourcing.NodeVerdict;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.ShipmentLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads one order whole and plans it: its lines, its plan now and what it costs, the engine's ranked alternatives
 * and its verdict on every node, and its timeline with the planner's commands still on their way. Blocking: run it
 * in the background.
 */
final class OrderDetailLoader {

    /** The most alternatives the pane lists: one per digit key. */
    static final int ALTERNATIVES = 9;

    private final H2LocalStore store;
    private final PositionTable positions;
    private final PlanningNetworks planning;
    private final ShipmentSlots slots;
    private final Supplier<NetworkCatalog> catalog;

    OrderDetailLoader(H2LocalStore store, PositionTable positions, PlanningNetworks planning, ShipmentSlots slots,
            Supplier<NetworkCatalog> catalog) {
        this.store = store;
        this.positions = positions;
        this.planning = planning;
        this.slots = slots;
        this.catalog = catalog;
    }

    /** @param profile the profile to plan with; empty for the rules' own cascade */
    Optional<OrderDetail> load(String orderId, Optional<String> profile) {
        record Read(Optional<CachedOrder> order, List<CachedException> exceptions, List<OutboxCommand> queued) {
        }
        Read read = store.read(tx -> {
            Optional<CachedOrder> order = tx.planning().order(orderId);
            if (order.isEmpty()) {
                return new Read(order, List.of(), List.of());
            }
            List<CachedException> exceptions = tx.exceptions().ofOrder(orderId);
            Set<String> targets = new TreeSet<>();
            targets.add(orderId);
            exceptions.forEach(e -> targets.add(e.exceptionId()));
            List<OutboxCommand> queued = tx.outbox().inStates(List.of(OutboxState.PENDING, OutboxState.CONFLICT))
                    .stream().filter(c -> targets.contains(c.target())).toList();
            return new Read(order, exceptions, queued);
        });
        if (read.order().isEmpty()) {
            return Optional.empty();
        }
        CachedOrder order = read.order().get();
        NetworkCatalog names = catalog.get();
        Optional<PlanningNetwork> network = planning.current();
        Optional<OrderWorld> world = network.map(n -> OrderWorld.of(n, positions, order,
                slots.on(OrderWorld.shipDay(order))));
        List<String> profiles = network.map(OrderDetailLoader::profiles).orElse(List.of());
        String note = network.isEmpty() ? "The backend has not sent its carriers' rate card yet: plans cannot be"
                + " priced until it does." : order.order().fulfillment() == Fulfillment.PICKUP
                ? "A pickup stays at its store: backorder or cancel what it lacks, or resolve once the customer has"
                        + " decided." : "";
        Optional<PricedPlan> current = world.map(w -> new PlanPricer(w).current());
        List<DetailRows.Alternative> alternatives = List.of();
        List<DetailRows.NodeVerdict> verdicts = List.of();
        if (world.isPresent()) {
            Alternatives ranked = world.get().alternatives(ALTERNATIVES, profile);
            alternatives = alternatives(ranked, current.orElseThrow(), order, world.get());
            verdicts = ranked.explanation().nodes().stream().map(v -> verdict(v, names)).toList();
        }
        return Optional.of(new OrderDetail(order, read.exceptions(), world, current, lines(order, names),
                current.map(p -> shipments(p, names)).orElse(List.of()), alternatives, verdicts,
                timeline(order, read.queued()), profiles, note));
    }

    private static List<String> profiles(PlanningNetwork network) {
        List<String> names = new ArrayList<>();
        network.rules().profiles().stream().map(Profile::name).forEach(names::add);
        if (!names.contains(RuleSet.DEFAULT_PROFILE_NAME)) {
            names.add(RuleSet.DEFAULT_PROFILE_NAME);
        }
        return names;
    }

    private static List<DetailRows.Line> lines(CachedOrder order, NetworkCatalog names) {
        return order.lines().stream().map(line -> {
            int allocated = order.allocated(line.lineNo());
            return new DetailRows.Line(line.lineNo(), line.sku(), names.skuName(line.sku()), line.qty(), allocated,
                    line.cancelledQty(), line.backorderedQty(), Math.max(0, line.openQty() - allocated));
        }).toList();
    }

    static List<DetailRows.Shipment> shipments(PricedPlan plan, NetworkCatalog names) {
        return plan.shipments().stream().map(s -> new DetailRows.Shipment(s.nodeId(), nodeName(names, s.nodeId()),
                s.carrier().isEmpty() ? "pickup" : s.carrier() + " " + s.service(), s.units(), describe(s.lines()),
                s.cost(), s.promisedDays(), s.distanceKm(), s.late())).toList();
    }

    private static List<DetailRows.Alternative> alternatives(Alternatives ranked, PricedPlan current,
            CachedOrder order, OrderWorld world) {
        Set<String> currentNodes = current.shipments().stream().map(PlannedShipment::nodeId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<DetailRows.Alternative> rows = new ArrayList<>();
        int rank = 1;
        int open = world.openOrder().units();
        for (Alternative alternative : ranked.plans()) {
            List<Shipment> shipments = alternative.plan().shipments();
            List<PlanLine> plan = new ArrayList<>();
            for (Shipment shipment : shipments) {
                for (ShipmentLine line : shipment.lines()) {
                    plan.add(new PlanLine(line.lineNo(), shipment.nodeId(), line.qty()));
                }
            }
            Set<String> nodes = shipments.stream().map(Shipment::nodeId)
                    .collect(Collectors.toCollection(TreeSet::new));
            double cost = alternative.plan().totalCost();
            String basis = order.order().fulfillment() == Fulfillment.PICKUP
                    ? "the pickup store's stock, as the backend sources a pickup"
                    : shipments.isEmpty() ? "leave it open: under profile '" + alternative.plan().profile()
                            + "' every plan costs more than its unfilled penalty" : alternative.describe();
            rows.add(new DetailRows.Alternative(rank++, basis, nodes.isEmpty() ? "(leave open)"
                    : String.join(", ", nodes),
                    shipments.stream().map(s -> s.carrier().isEmpty() ? "pickup" : s.carrier() + " " + s.service())
                            .distinct().collect(Collectors.joining(", ")), shipments.size(), cost,
                    cost - current.totalCost(),
                    shipments.stream().mapToInt(Shipment::promisedDays).max().orElse(0),
                    shipments.stream().mapToDouble(Shipment::distanceKm).max().orElse(0),
                    alternative.plan().unitsFilled(), open, nodes.equals(currentNodes)
                            && alternative.plan().unitsFilled() == current.unitsPlaced(), plan));
        }
        return rows;
    }

    private static DetailRows.NodeVerdict verdict(NodeVerdict verdict, NetworkCatalog names) {
        return new DetailRows.NodeVerdict(verdict.nodeId(), nodeName(names, verdict.nodeId()), verdict.verdict(),
                verdict.detail(), verdict.distanceKm(), verdict.costDelta());
    }

    private static List<DetailRows.Event> timeline(CachedOrder order, List<OutboxCommand> queued) {
        List<DetailRows.Event> events = new ArrayList<>();
        order.events().forEach(e -> events.add(new DetailRows.Event(e.at(), e.type(), e.actor(), e.reason(),
                e.details(), false)));
        queued.forEach(c -> events.add(new DetailRows.Event(c.createdAt(), c.type() + (c.state() == OutboxState
                .CONFLICT ? " (conflict)" : " (on its way)"), c.actor(), c.reason(), c.payloadJson(), true)));
        events.sort(Comparator.comparing(DetailRows.Event::at));
        return events;
    }

    private static String describe(List<PlanLine> lines) {
        return lines.stream().map(l -> "line " + l.lineNo() + " ×" + l.qty()).collect(Collectors.joining(", "));
    }

    static String nodeName(NetworkCatalog names, String nodeId) {
        return names.node(nodeId).map(NodeInfo::name).orElse(nodeId);
    }
}
