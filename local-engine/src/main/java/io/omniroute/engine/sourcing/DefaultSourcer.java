package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rule cascade around the exact search, and the bookkeeping that applies a decision to the ledgers. */
final class DefaultSourcer implements Sourcer {

    private final NetworkModel network;
    private final InventoryLedger inventory;
    private final CapacityLedger capacity;
    private final RuleSet rules;
    private final Map<Profile, ProfileMask> masks = new IdentityHashMap<>();
    private final int[] slot;
    private final ServiceCache services;
    private final CandidateWorkspace workspace;

    DefaultSourcer(NetworkModel network, InventoryLedger inventory, CapacityLedger capacity, RuleSet rules) {
        this.network = network;
        this.inventory = inventory;
        this.capacity = capacity;
        this.rules = rules;
        this.slot = new int[network.nodeCount()];
        this.services = new ServiceCache(network);
        this.workspace = new CandidateWorkspace(network.nodeCount());
        Arrays.fill(slot, OrderProblem.UNSEEN);
    }

    @Override
    public SourcingDecision decide(Order order) {
        return plan(order).decision();
    }

    @Override
    public SourcingDecision source(Order order) {
        PlannedOrder planned = plan(order);
        for (int i = 0; i < planned.reservePositions().length; i++) {
            inventory.reserveAt(planned.reservePositions()[i], planned.reserveQty()[i]);
        }
        for (int node : planned.capacityNodes()) {
            capacity.take(node, planned.day());
        }
        return planned.decision();
    }

    @Override
    public Explanation explain(Order order) {
        PlannedOrder planned = plan(order);
        return new Explainer(network, inventory, capacity, mask(planned.problem().profile), planned).explain();
    }

    NetworkModel network() {
        return network;
    }

    InventoryLedger inventory() {
        return inventory;
    }

    CapacityLedger capacity() {
        return capacity;
    }

    ProfileMask mask(Profile profile) {
        return masks.computeIfAbsent(profile, p -> ProfileMask.of(network, p));
    }

    PlannedOrder plan(Order order) {
        double value = 0;
        for (OrderLine line : order.lines()) {
            int sku = network.skuIndex(line.sku());
            value += sku < 0 ? 0 : network.skuPrice[sku] * line.qty();
        }
        Profile profile = rules.profileFor(order.channel(), order.fulfillment(), order.serviceLevel(), value);
        String reached = rules.profiles().contains(profile) ? "first match" : "no profile matched: built-in default";
        if (order.fulfillment() == Fulfillment.PICKUP) {
            return planPickup(order, profile, reached);
        }
        List<ProfileAttempt> attempts = new ArrayList<>();
        Set<String> tried = new HashSet<>();
        while (true) {
            tried.add(profile.name());
            PlannedOrder planned = planShipping(order, profile, reached, attempts);
            Optional<String> fallback = profile.fallback();
            if (planned.decision().unitsFilled() > 0 || fallback.isEmpty() || tried.contains(fallback.get())) {
                return planned;
            }
            reached = "fallback of " + profile.name();
            profile = rules.profile(fallback.get()).orElseThrow(() -> new IllegalStateException(
                    "fallback profile '" + fallback.get() + "' is not defined"));
        }
    }

    private PlannedOrder planShipping(Order order, Profile profile, String reached, List<ProfileAttempt> attempts) {
        boolean allowPartial = profile.constraints().allowPartial();
        OrderProblem problem = new OrderProblem(network, order, profile, allowPartial, services);
        problem.collectCandidates(mask(profile), inventory, capacity, slot, workspace);
        PlanSearch search = new PlanSearch(problem).solve();
        return decisionOf(problem, search, reached, attempts);
    }

    @Override
    public Alternatives alternatives(Order order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is " + limit + ": ask for at least 1 plan, the optimal one");
        }
        PlannedOrder planned = plan(order);
        if (order.fulfillment() == Fulfillment.PICKUP) {
            Explanation explanation = new Explainer(network, inventory, capacity, mask(planned.problem().profile),
                    planned).explain();
            return new Alternatives(explanation, List.of(Alternative.optimal(planned.decision())));
        }
        return new AlternativePlans(this, planned).find(limit);
    }

    /**
     * The decision a finished search found for the problem: its shipments, the exceptions of the units it leaves,
     * and the profile attempt it adds to {@code attempts}.
     */
    PlannedOrder decisionOf(OrderProblem problem, PlanSearch search, String reached, List<ProfileAttempt> attempts) {
        Order order = problem.order;
        Profile profile = problem.profile;
        boolean allowPartial = profile.constraints().allowPartial();
        List<NodeAllocation> allocations = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < search.bestCount(); i++) {
            int c = search.bestCandidate(i);
            int[] units = new int[problem.groups];
            int[] positions = new int[problem.groups];
            for (int g = 0; g < problem.groups; g++) {
                units[g] = search.bestUnits(i, g);
                positions[g] = problem.candPosition[c * problem.groups + g];
                filled += units[g];
            }
            allocations.add(new NodeAllocation(problem.candNode[c], Optional.of(search.bestService(i)),
                    problem.distanceKm(problem.candNode[c]), units, positions));
        }
        double objective = search.best();
        if (!allowPartial && filled < problem.totalUnits()) {
            allocations.clear();
            filled = 0;
            objective = profile.objective().unfilledPenalty() * problem.totalUnits();
        }
        attempts.add(new ProfileAttempt(profile.name(), reached, filled));
        ShipmentBuilder builder = new ShipmentBuilder(network, order, problem).addAll(allocations);
        Map<Integer, int[]> planUnits = new HashMap<>();
        for (NodeAllocation allocation : allocations) {
            planUnits.put(allocation.node(), allocation.groupUnits());
        }
        ShortageClassifier classifier =
                new ShortageClassifier(network, inventory, capacity, problem, mask(profile), planUnits);
        List<LineException> exceptions = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            int unfilled = builder.unfilled(i);
            if (unfilled > 0) {
                exceptions.add(classifier.classify(order.lines().get(i), unfilled, allowPartial,
                        builder.shipments().size()));
            }
        }
        SourcingDecision decision = new SourcingDecision(order.orderId(), profile.name(), builder.shipments(),
                exceptions, objective, attempts);
        return builder.planned(decision);
    }

    /** A pickup is sourced only from the customer's chosen store; what it lacks is an exception, never a move. */
    private PlannedOrder planPickup(Order order, Profile profile, String reached) {
        OrderProblem problem = new OrderProblem(network, order, profile, profile.constraints().allowPartial(), services);
        String storeId = order.pickupNodeId().orElseThrow(() -> new IllegalArgumentException(
                "pickup order " + order.orderId() + " has no pickup_node_id"));
        int store = network.nodeIndex(storeId);
        if (store < 0) {
            throw new IllegalArgumentException("pickup order " + order.orderId() + " names unknown node " + storeId);
        }
        boolean offersPickup = network.node(store).pickup();
        int[] units = new int[problem.groups];
        int[] positions = new int[problem.groups];
        int filled = 0;
        int[] atp = new int[problem.groups];
        for (int g = 0; g < problem.groups; g++) {
            positions[g] = inventory.position(store, problem.groupSku[g]);
            atp[g] = positions[g] < 0 || !offersPickup ? 0 : inventory.atpAt(positions[g]);
            units[g] = Math.min(problem.groupQty[g], atp[g]);
            filled += units[g];
        }
        boolean complete = filled == problem.totalUnits();
        if (!complete && !profile.constraints().allowPartial()) {
            Arrays.fill(units, 0);
            filled = 0;
        }
        List<NodeAllocation> allocations = new ArrayList<>();
        double distance = network.distanceKm(store, order.lat(), order.lon());
        if (filled > 0) {
            allocations.add(new NodeAllocation(store, Optional.empty(), distance, units, positions));
        }
        ShipmentBuilder builder = new ShipmentBuilder(network, order, problem).addAll(allocations);
        List<LineException> exceptions = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            int unfilled = builder.unfilled(i);
            if (unfilled > 0) {
                exceptions.add(new LineException(line.lineNo(), line.sku(), unfilled, ExceptionType.PICKUP_SHORT,
                        pickupShortReason(storeId, offersPickup, atp[problem.group(line.sku())], line,
                                complete || profile.constraints().allowPartial(), profile)));
            }
        }
        double objective = profile.objective().unfilledPenalty() * (problem.totalUnits() - filled);
        for (Shipment shipment : builder.shipments()) {
            objective += shipment.totalCost() + profile.objective().biasFor(network.node(store).type());
        }
        List<ProfileAttempt> attempts = List.of(new ProfileAttempt(profile.name(), reached, filled));
        return builder.planned(new SourcingDecision(order.orderId(), profile.name(), builder.shipments(),
                exceptions, objective, attempts));
    }

    /** @param partialAllowed whether the store's partial fill stood: the order was complete or partials are allowed */
    private static String pickupShortReason(String store, boolean offersPickup, int atp, OrderLine line,
            boolean partialAllowed, Profile profile) {
        String tail = "; the pickup is not moved to another store without the customer's decision";
        if (!offersPickup) {
            return "store " + store + " does not offer pickup" + tail;
        }
        if (!partialAllowed) {
            return "the store cannot fill the whole order (ATP " + atp + " of SKU " + line.sku() + "), and profile '"
                    + profile.name()
                    + "' does not allow partial fulfillment" + tail;
        }
        return "store " + store + " has ATP " + atp + " of SKU " + line.sku() + " for " + line.qty() + " ordered"
                + tail;
    }
}
