package io.omniroute.console.network;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every node with its figures at one moment, in catalog order, and the states they are in: what one refresh of the
 * screen computes in the background.
 *
 * @param positionsVersion the position table's version before it was summed: if it moved since, the sums are behind
 */
record NetworkSnapshot(Map<String, NetworkNode> nodes, List<String> states, long mostUnits, long positionsVersion) {

    static final NetworkSnapshot EMPTY = new NetworkSnapshot(Map.of(), List.of(), 0, -1);

    NetworkSnapshot {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        states = List.copyOf(states);
    }

    /** Reads the catalog, sums the positions and counts today's (UTC) shipments; blocking. */
    static NetworkSnapshot compute(NetworkSources sources, AlbersUsaProjection projection) {
        NetworkCatalog catalog = sources.catalog().get();
        long version = sources.positions().version();
        Map<String, NodeStock> stock = NodeStockSummary.byNode(sources.positions());
        Map<String, Integer> shipments = sources.shipments().on(LocalDate.ofInstant(sources.clock().instant(),
                ZoneOffset.UTC));
        Map<String, NetworkNode> nodes = new LinkedHashMap<>();
        long mostUnits = 0;
        for (NodeInfo info : catalog.nodes()) {
            NetworkNode node = new NetworkNode(info, stock.getOrDefault(info.id(), NodeStock.none()),
                    shipments.getOrDefault(info.id(), 0), place(info, projection));
            nodes.put(info.id(), node);
            mostUnits = Math.max(mostUnits, node.unitsOnHand());
        }
        List<String> states = new ArrayList<>(nodes.values().stream().map(NetworkNode::state)
                .filter(state -> !state.isEmpty()).distinct().sorted().toList());
        return new NetworkSnapshot(nodes, states, mostUnits, version);
    }

    private static Optional<MapPoint> place(NodeInfo info, AlbersUsaProjection projection) {
        double lat = info.row().lat();
        double lon = info.row().lon();
        // (0, 0) is what a node without coordinates reads as: not a place to draw it.
        if (lat == 0 && lon == 0 || Double.isNaN(lat) || Double.isNaN(lon)) {
            return Optional.empty();
        }
        return projection.project(lon, lat);
    }
}
