package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * A verdict with evidence for every node: why it ships, why it was filtered or could not ship, or, for a node
 * that could ship, the objective of the best plan forced to use it and how much worse that is than the optimum.
 */
final class Explainer {

    private final NetworkModel network;
    private final InventoryLedger inventory;
    private final CapacityLedger capacity;
    private final ProfileMask mask;
    private final PlannedOrder planned;
    private final OrderProblem problem;
    private final Order order;
    private final IntFunction<PlanSearch> forced;

    Explainer(NetworkModel network, InventoryLedger inventory, CapacityLedger capacity, ProfileMask mask,
            PlannedOrder planned) {
        this(network, inventory, capacity, mask, planned, candidate -> new PlanSearch(planned.problem())
                .solveWith(candidate));
    }

    /** @param forced the best plan that uses a candidate, when the caller has it already */
    Explainer(NetworkModel network, InventoryLedger inventory, CapacityLedger capacity, ProfileMask mask,
            PlannedOrder planned, IntFunction<PlanSearch> forced) {
        this.forced = forced;
        this.network = network;
        this.inventory = inventory;
        this.capacity = capacity;
        this.mask = mask;
        this.planned = planned;
        this.problem = planned.problem();
        this.order = problem.order;
    }

    Explanation explain() {
        Map<String, Shipment> shipped = new HashMap<>();
        for (Shipment shipment : planned.decision().shipments()) {
            shipped.put(shipment.nodeId(), shipment);
        }
        Map<Integer, Integer> candidateOf = new HashMap<>();
        for (int c = 0; c < problem.candidates; c++) {
            candidateOf.put(problem.candNode[c], c);
        }
        List<NodeVerdict> verdicts = new ArrayList<>();
        for (int node = 0; node < network.nodeCount(); node++) {
            Node record = network.node(node);
            double distance = network.distanceKm(node, order.lat(), order.lon());
            Shipment shipment = shipped.get(record.id());
            if (shipment != null) {
                verdicts.add(verdict(record, Verdict.CHOSEN, chosenDetail(shipment), distance,
                        OptionalDouble.of(planned.decision().objective()), OptionalDouble.empty()));
            } else if (order.fulfillment() == Fulfillment.PICKUP) {
                verdicts.add(verdict(record, Verdict.FILTERED, order.pickupNodeId().orElse("").equals(record.id())
                        ? "the customer's pickup store: it ships nothing for this order (see the exceptions)"
                        : "a pickup order is sourced only from its pickup store "
                                + order.pickupNodeId().orElse("?"), distance));
            } else if (candidateOf.containsKey(node)) {
                verdicts.add(beaten(record, candidateOf.get(node), distance));
            } else {
                verdicts.add(excluded(node, record, distance));
            }
        }
        verdicts.sort(Comparator.comparingInt((NodeVerdict v) -> v.verdict().ordinal())
                .thenComparingDouble(v -> v.costDelta().orElse(0))
                .thenComparingDouble(v -> v.distanceKm().orElse(0)));
        return new Explanation(planned.decision(), verdicts);
    }

    private NodeVerdict beaten(Node record, int candidate, double distance) {
        PlanSearch forced = this.forced.apply(candidate);
        double withNode = forced.best();
        double delta = withNode - planned.decision().objective();
        StringJoiner nodes = new StringJoiner(", ");
        for (int i = 0; i < forced.bestCount(); i++) {
            nodes.add(network.node(problem.candNode[forced.bestCandidate(i)]).id());
        }
        String stock = stockSummary(candidate);
        String detail;
        if (!problem.profile.constraints().allowPartial() && withNode >= OrderProblem.NO_PARTIAL_PENALTY) {
            detail = "could ship " + stock + ", but no plan using it fills the whole order, which profile '"
                    + problem.profile.name() + "' requires";
        } else if (delta < 0.005) {
            detail = String.format(Locale.ROOT, "could ship %s; the best plan using it [%s] ties with the chosen plan"
                    + " at objective %.2f (ties go either way)", stock, nodes, withNode);
        } else {
            detail = String.format(Locale.ROOT, "could ship %s; the best plan using it [%s] has objective %.2f,"
                    + " %.2f more than the chosen plan", stock, nodes, withNode, delta);
        }
        return new NodeVerdict(record.id(), Verdict.BEATEN_ON_COST, detail, OptionalDouble.of(distance),
                OptionalDouble.of(withNode), OptionalDouble.of(delta));
    }

    private String stockSummary(int candidate) {
        StringJoiner stock = new StringJoiner(", ", "(ATP ", ")");
        for (int g = 0; g < problem.groups; g++) {
            int atp = problem.candAtp[candidate * problem.groups + g];
            if (atp > 0) {
                stock.add(network.sku(problem.groupSku[g]).sku() + " " + atp);
            }
        }
        return stock.toString();
    }

    private NodeVerdict excluded(int node, Node record, double distance) {
        if (!mask.allowed[node]) {
            return verdict(record, Verdict.FILTERED, mask.reason[node], distance);
        }
        double chordSq = problem.chordSq(node);
        if (problem.beyondMaxDistance(node, chordSq)) {
            return verdict(record, Verdict.FILTERED, String.format(Locale.ROOT,
                    "%.0f km away, beyond profile '%s' max_distance_km %.0f", distance, problem.profile.name(),
                    problem.profile.filters().maxDistanceKm().getAsDouble()), distance);
        }
        StringJoiner missing = new StringJoiner(", ");
        boolean anyStock = false;
        for (int g = 0; g < problem.groups; g++) {
            int position = inventory.position(node, problem.groupSku[g]);
            if (position >= 0 && inventory.atpAt(position) > 0) {
                anyStock = true;
            } else {
                missing.add(network.sku(problem.groupSku[g]).sku());
            }
        }
        if (!anyStock) {
            return verdict(record, Verdict.NO_STOCK, "no ATP for " + missing, distance);
        }
        if (capacity.remaining(node, problem.day) <= 0) {
            return verdict(record, Verdict.OVER_CAPACITY, "at its daily capacity of " + network.nodeCapacity[node]
                    + " shipments on " + LocalDate.ofEpochDay(problem.day) + ": none left", distance);
        }
        return verdict(record, Verdict.NO_FEASIBLE_SERVICE, noServiceDetail(record, problem.zone(node, chordSq),
                distance), distance);
    }

    private String noServiceDetail(Node record, int zone, double distance) {
        String where = String.format(Locale.ROOT, "%.0f km away", distance);
        if (zone < 0) {
            return where + ": no zone reaches that far";
        }
        if (problem.maxDays == 0 && !record.sameDay()) {
            return where + ": " + order.serviceLevel() + " needs a same-day node (same_day=false)";
        }
        List<CarrierService> services = network.zoneServices.get(zone);
        if (services.isEmpty()) {
            return where + ", zone " + network.zoneName(zone) + ": no carrier serves that zone";
        }
        CarrierService fastest = services.stream().min(Comparator.comparingInt(CarrierService::transitDays)).get();
        return String.format(Locale.ROOT, "%s, zone %s: no service meets %s (%d days); fastest is %s %s at %d + %d"
                + " days%s", where, network.zoneName(zone), order.serviceLevel(), problem.maxDays, fastest.carrier(),
                fastest.service(), record.processingDays(), fastest.transitDays(),
                fastest.maxKm().isPresent() ? String.format(Locale.ROOT, " within %.0f km",
                        fastest.maxKm().getAsDouble()) : "");
    }

    private static String chosenDetail(Shipment shipment) {
        StringJoiner lines = new StringJoiner(", ");
        shipment.lines().forEach(l -> lines.add("line " + l.lineNo() + " " + l.sku() + " x" + l.qty()));
        String how = shipment.fulfillment() == Fulfillment.PICKUP
                ? "for pickup"
                : "via " + shipment.carrier() + " " + shipment.service() + ", zone " + shipment.zone();
        return String.format(Locale.ROOT, "ships %d %s (%s) %s, %.0f km, promised %d days; cost handling %.2f"
                + " + pick %.2f + carrier %.2f = %.2f", shipment.units(), shipment.units() == 1 ? "unit" : "units",
                lines, how, shipment.distanceKm(),
                shipment.promisedDays(), shipment.handlingCost(), shipment.pickCost(), shipment.carrierCost(),
                shipment.totalCost());
    }

    private static NodeVerdict verdict(Node record, Verdict verdict, String detail, double distance) {
        return verdict(record, verdict, detail, distance, OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static NodeVerdict verdict(Node record, Verdict verdict, String detail, double distance,
            OptionalDouble objective, OptionalDouble delta) {
        return new NodeVerdict(record.id(), verdict, detail, OptionalDouble.of(distance), objective, delta);
    }
}
