package io.omniroute.engine.rules;

import io.omniroute.engine.model.NodeType;
import java.util.Map;

/**
 * What a plan costs beyond its shipments.
 *
 * @param splitPenalty added once per shipment beyond the first
 * @param unfilledPenalty added per unit left unfilled
 * @param nodeTypeBias added per shipment from a node of that type, so a retailer can prefer some types
 */
public record Objective(double splitPenalty, double unfilledPenalty, Map<NodeType, Double> nodeTypeBias) {

    public Objective {
        nodeTypeBias = Map.copyOf(nodeTypeBias);
    }

    public double biasFor(NodeType type) {
        return nodeTypeBias.getOrDefault(type, 0.0);
    }
}
