package io.omniroute.engine.sourcing;

import java.util.List;
import java.util.Objects;

/** The full reasoning behind one decision: the profiles tried and a verdict for every node of the network. */
public record Explanation(SourcingDecision decision, List<NodeVerdict> nodes) {

    public Explanation {
        Objects.requireNonNull(decision, "decision");
        nodes = List.copyOf(nodes);
    }
}
