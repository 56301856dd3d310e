package io.omniroute.console.planning;

import java.util.Objects;

/** Units of one order line from one node: a piece of a plan. */
public record PlanLine(int lineNo, String nodeId, int qty) {

    public PlanLine {
        Objects.requireNonNull(nodeId, "nodeId");
        if (qty < 1) {
            throw new IllegalArgumentException("line " + lineNo + " from " + nodeId + " has qty " + qty
                    + ": a plan line carries at least 1 unit");
        }
    }
}
