package io.omniroute.engine.whatif;

import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.simulation.NodeUtilization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one run asked of the nodes of one type.
 *
 * @param meanUtilization mean over the type's nodes with a capacity limit; empty when none has one
 */
public record NodeTypeLoad(NodeType type, int nodes, long shipments, long units, long pickups,
        OptionalDouble meanUtilization) {

    public NodeTypeLoad {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meanUtilization, "meanUtilization");
    }

    /** One load per node type the run's network has, in NodeType order. */
    public static List<NodeTypeLoad> of(Kpis kpis) {
        List<NodeTypeLoad> loads = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            int nodes = 0;
            long shipments = 0;
            long units = 0;
            long pickups = 0;
            double utilization = 0;
            int limited = 0;
            for (NodeUtilization node : kpis.nodeUtilization()) {
                if (node.type() == type) {
                    nodes++;
                    shipments += node.shipments();
                    units += node.units();
                    pickups += node.pickups();
                    if (node.utilization().isPresent()) {
                        utilization += node.utilization().getAsDouble();
                        limited++;
                    }
                }
            }
            if (nodes > 0) {
                loads.add(new NodeTypeLoad(type, nodes, shipments, units, pickups,
                        limited == 0 ? OptionalDouble.empty() : OptionalDouble.of(utilization / limited)));
            }
        }
        return loads;
    }
}
