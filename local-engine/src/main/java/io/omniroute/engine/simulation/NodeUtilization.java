package io.omniroute.engine.simulation;

import io.omniroute.engine.model.NodeType;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How much of a node's shipping capacity the simulation used.
 *
 * @param utilization shipments ÷ (daily capacity × days simulated); empty for unlimited nodes
 */
public record NodeUtilization(
        String nodeId, NodeType type, long shipments, long units, long pickups, OptionalDouble utilization) {

    public NodeUtilization {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(utilization, "utilization");
    }
}
