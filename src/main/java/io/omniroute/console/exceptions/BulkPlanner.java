package io.omniroute.console.exceptions;

import io.omniroute.cache.CachedOrder;
import io.omniroute.cache.H2LocalStore;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.console.model.PlanningNetworks;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ShipmentSlots;
import io.omniroute.console.planning.BatchHolds;
import io.omniroute.console.planning.OrderWorld;
import io.omniroute.console.planning.PlanLine;
import io.omniroute.console.planning.PlanPricer;
import io.omniroute.console.planning.PricedPlan;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.ShipmentLine;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans one order of a bulk re-source: the optimum of the chosen profile over the cached snapshot, what it changes
 * against the current plan, and the commands that would apply it. Blocking: run it in the background.
 */
final class BulkPlanner {

    private final H2LocalStore store;
    private final PositionTable positions;
    private final PlanningNetworks planning;
    private final ShipmentSlots slots;

    BulkPlanner(H2LocalStore store, PositionTable positions, PlanningNetworks planning, ShipmentSlots slots) {
        this.store = store;
        this.positions = positions;
        this.planning = planning;
        this.slots = slots;
    }

    /**
     * @param batch what the orders planned before this one in the batch take: this one plans after them, and its own
     *     plan joins them when it has commands to send
     */
    BulkOutcome plan(String orderId, Optional<String> profile, String reason, String actor, BatchHolds batch) {
        Optional<PlanningNetwork> network = planning.current();
        if (network.isEmpty()) {
            return skipped(orderId, "the backend has not sent its rate card yet");
        }
        Optional<CachedOrder> found = store.read(tx -> tx.planning().order(orderId));
        if (found.isEmpty()) {
            return skipped(orderId, "not in the cache yet");
        }
        CachedOrder order = found.get();
        if (order.order().fulfillment() == Fulfillment.PICKUP) {
            return skipped(orderId, "a pickup stays at its store " + order.order().pickupNodeId().orElse("?"));
        }
        if (order.pending() > 0) {
            return skipped(orderId, "a change is already on its way");
        }
        OrderWorld world = OrderWorld.of(network.get(), positions, order,
                slots.on(OrderWorld.shipDay(order)), batch);
        PlanPricer pricer = new PlanPricer(world);
        PricedPlan current = pricer.current();
        SourcingDecision decision = world.decide(profile);
        List<PlanLine> plan = new ArrayList<>();
        for (Shipment shipment : decision.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
                plan.add(new PlanLine(line.lineNo(), shipment.nodeId(), line.qty()));
            }
        }
        if (plan.isEmpty()) {
            return new BulkOutcome(orderId, BulkOutcome.Verdict.OPEN, decision.exceptions().stream()
                    .map(LineException::reason).distinct().collect(Collectors.joining("; ")), 0, 0, List.of(), "");
        }
        PricedPlan priced = pricer.price(plan);
        PlanChange.Result change = PlanChange.ofPlan(order, plan, priced.late(), reason, actor);
        if (!priced.problems().isEmpty() || !change.problems().isEmpty()) {
            List<String> problems = new ArrayList<>(priced.problems());
            problems.addAll(change.problems());
            return new BulkOutcome(orderId, BulkOutcome.Verdict.OPEN, String.join("; ", problems), 0, 0, List.of(),
                    "");
        }
        double costDelta = priced.totalCost() - current.totalCost();
        int splitDelta = priced.shipments().size() - current.shipments().size();
        if (change.commands().isEmpty()) {
            return new BulkOutcome(orderId, BulkOutcome.Verdict.UNCHANGED, "it has the plan of this profile already",
                    0, 0, List.of(), "");
        }
        batch.hold(order, decision);
        boolean complete = decision.unitsFilled() >= world.openOrder().units();
        return new BulkOutcome(orderId, complete ? BulkOutcome.Verdict.PLACED : BulkOutcome.Verdict.PARTIAL,
                complete ? "" : decision.unitsFilled() + " of " + world.openOrder().units() + " units; "
                        + decision.exceptions().stream().map(LineException::reason).distinct()
                        .collect(Collectors.joining("; ")), costDelta, splitDelta, change.commands(), "");
    }

    private static BulkOutcome skipped(String orderId, String why) {
        return new BulkOutcome(orderId, BulkOutcome.Verdict.SKIPPED, why, 0, 0, List.of(), "");
    }
}
