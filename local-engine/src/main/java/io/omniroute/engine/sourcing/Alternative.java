package io.omniroute.engine.sourcing;

import java.util.Objects;
import java.util.Optional;

/**
 * A plan a planner may choose instead of the optimal one, with the condition under which it is provably the best:
 * the optimum itself, the best plan that ships from a node the optimum leaves out, or the best plan without a node
 * the optimum uses.
 *
 * @param nodeId the node the basis names; empty for the optimum
 * @param objectiveDelta how much higher its objective is than the optimum's (0 for the optimum, never negative)
 */
public record Alternative(SourcingDecision plan, Basis basis, Optional<String> nodeId, double objectiveDelta) {

    /** Why a plan is on the list. */
    public enum Basis {
        /** The optimal plan of the order's profile. */
        OPTIMAL,
        /** The best plan in which the named node ships at least one unit. */
        USING_NODE,
        /** The best plan that ships something and nothing from the named node. */
        WITHOUT_NODE
    }

    public Alternative {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(nodeId, "nodeId");
        if (nodeId.isPresent() == (basis == Basis.OPTIMAL)) {
            throw new IllegalArgumentException("a " + basis + " alternative " + (basis == Basis.OPTIMAL
                    ? "names no node" : "names the node it is about"));
        }
    }

    static Alternative optimal(SourcingDecision plan) {
        return new Alternative(plan, Basis.OPTIMAL, Optional.empty(), 0);
    }

    /** The basis in words: "the optimal plan", "the best plan that ships from ST-0012", ... */
    public String describe() {
        return switch (basis) {
            case OPTIMAL -> "the optimal plan";
            case USING_NODE -> "the best plan that ships from " + nodeId.orElseThrow();
            case WITHOUT_NODE -> "the best plan without " + nodeId.orElseThrow();
        };
    }
}
