package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.rules.Filters;
import io.omniroute.engine.rules.Profile;
import java.util.TreeSet;

/** A profile's order-independent filters compiled to one flag per node, with the reason for each exclusion. */
final class ProfileMask {

    final boolean[] allowed;
    final String[] reason;
    /** The profile's per-shipment bias for each node's type. */
    final double[] bias;

    private ProfileMask(NetworkModel network, Profile profile) {
        int n = network.nodeCount();
        allowed = new boolean[n];
        reason = new String[n];
        bias = new double[n];
        Filters filters = profile.filters();
        for (int i = 0; i < n; i++) {
            reason[i] = exclusion(network.node(i), profile.name(), filters);
            allowed[i] = reason[i] == null;
            bias[i] = profile.objective().biasFor(network.node(i).type());
        }
    }

    static ProfileMask of(NetworkModel network, Profile profile) {
        return new ProfileMask(network, profile);
    }

    private static String exclusion(Node node, String profile, Filters filters) {
        if (!node.ship()) {
            return "does not ship to customers (ship=false)";
        }
        if (!filters.nodeTypes().isEmpty() && !filters.nodeTypes().contains(node.type())) {
            return "node type " + node.type() + " is not in profile '" + profile + "' node_types "
                    + new TreeSet<>(filters.nodeTypes());
        }
        if (filters.excludeNodes().contains(node.id())) {
            return "excluded by profile '" + profile + "' exclude_nodes";
        }
        for (String tag : node.tags()) {
            if (filters.excludeTags().contains(tag)) {
                return "tag '" + tag + "' is excluded by profile '" + profile + "' exclude_tags";
            }
        }
        return null;
    }
}
