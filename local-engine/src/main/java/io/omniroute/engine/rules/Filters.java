package io.omniroute.engine.rules;

import io.omniroute.engine.model.NodeType;
import java.util.OptionalDouble;
import java.util.Set;

/** Which nodes a profile may source from. An empty nodeTypes set allows every type. */
public record Filters(
        Set<NodeType> nodeTypes, OptionalDouble maxDistanceKm, Set<String> excludeNodes, Set<String> excludeTags) {

    public static final Filters NONE = new Filters(Set.of(), OptionalDouble.empty(), Set.of(), Set.of());

    public Filters {
        nodeTypes = Set.copyOf(nodeTypes);
        excludeNodes = Set.copyOf(excludeNodes);
        excludeTags = Set.copyOf(excludeTags);
    }
}
