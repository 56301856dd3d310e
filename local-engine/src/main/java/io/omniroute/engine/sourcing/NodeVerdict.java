package io.omniroute.engine.sourcing;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The optimizer's conclusion about one node, with the evidence.
 *
 * @param bestObjectiveWithNode for CHOSEN and BEATEN_ON_COST: the objective of the best plan that uses this node
 * @param costDelta for BEATEN_ON_COST: how much more that plan costs than the chosen one
 */
public record NodeVerdict(
        String nodeId,
        Verdict verdict,
        String detail,
        OptionalDouble distanceKm,
        OptionalDouble bestObjectiveWithNode,
        OptionalDouble costDelta) {

    public NodeVerdict {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(distanceKm, "distanceKm");
        Objects.requireNonNull(bestObjectiveWithNode, "bestObjectiveWithNode");
        Objects.requireNonNull(costDelta, "costDelta");
    }
}
