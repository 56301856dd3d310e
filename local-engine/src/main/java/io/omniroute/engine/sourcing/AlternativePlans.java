package io.omniroute.engine.sourcing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks the plans of one order around its optimum: the best plan through each node the optimum leaves out, and the
 * best plan without each node it uses. The searches through a node are the explanation's own evidence, so they run
 * once for both.
 */
final class AlternativePlans {

    private final DefaultSourcer sourcer;
    private final PlannedOrder planned;
    private final OrderProblem problem;
    private final Map<Integer, PlanSearch> forced = new HashMap<>();

    AlternativePlans(DefaultSourcer sourcer, PlannedOrder planned) {
        this.sourcer = sourcer;
        this.planned = planned;
        this.problem = planned.problem();
    }

    Alternatives find(int limit) {
        Explanation explanation = new Explainer(sourcer.network(), sourcer.inventory(), sourcer.capacity(),
                sourcer.mask(problem.profile), planned, this::through).explain();
        SourcingDecision optimum = planned.decision();
        Set<Integer> used = new HashSet<>();
        for (Shipment shipment : optimum.shipments()) {
            used.add(sourcer.network().nodeIndex(shipment.nodeId()));
        }
        List<Alternative> others = new ArrayList<>();
        for (int c = 0; c < problem.candidates; c++) {
            int node = problem.candNode[c];
            if (used.contains(node)) {
                others.add(alternative(new PlanSearch(problem).solveWithout(c), Alternative.Basis.WITHOUT_NODE, node));
            } else {
                others.add(alternative(through(c), Alternative.Basis.USING_NODE, node));
            }
        }
        others.sort(Comparator.comparingDouble(Alternative::objectiveDelta)
                .thenComparing(alternative -> alternative.basis().ordinal())
                .thenComparing(alternative -> alternative.nodeId().orElse("")));
        List<Alternative> ranked = new ArrayList<>();
        ranked.add(Alternative.optimal(optimum));
        Set<String> seen = new HashSet<>();
        seen.add(nodeSet(optimum));
        for (Alternative other : others) {
            if (ranked.size() == limit) {
                break;
            }
            if (!other.plan().shipments().isEmpty() && seen.add(nodeSet(other.plan()))) {
                ranked.add(other);
            }
        }
        return new Alternatives(explanation, ranked);
    }

    private PlanSearch through(int candidate) {
        return forced.computeIfAbsent(candidate, c -> new PlanSearch(problem).solveWith(c));
    }

    private Alternative alternative(PlanSearch search, Alternative.Basis basis, int node) {
        List<ProfileAttempt> attempts = planned.decision().attempts();
        List<ProfileAttempt> before = new ArrayList<>(attempts.subList(0, attempts.size() - 1));
        String reached = attempts.get(attempts.size() - 1).reached();
        SourcingDecision plan = search.bestCount() == 0
                ? emptyPlan(before, reached)
                : sourcer.decisionOf(problem, search, reached, before).decision();
        return new Alternative(plan, basis, Optional.of(sourcer.network().node(node).id()),
                Math.max(0, plan.objective() - planned.decision().objective()));
    }

    private SourcingDecision emptyPlan(List<ProfileAttempt> before, String reached) {
        List<ProfileAttempt> attempts = new ArrayList<>(before);
        attempts.add(new ProfileAttempt(problem.profile.name(), reached, 0));
        return new SourcingDecision(problem.order.orderId(), problem.profile.name(), List.of(), List.of(),
                Double.POSITIVE_INFINITY, attempts);
    }

    private static String nodeSet(SourcingDecision plan) {
        Set<String> nodes = new TreeSet<>();
        plan.shipments().forEach(shipment -> nodes.add(shipment.nodeId()));
        return String.join(",", nodes);
    }
}
