package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.console.model.Place;
import io.omniroute.console.model.PositionTable;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.sourcing.GreatCircle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One SKU across the network: its ATP at every catalog node that holds it. Read by looking up each node's position
 * of the SKU (a few hundred hash lookups), not by scanning the table's millions of rows.
 */
final class SkuNetwork {

    private record NodeStock(NodeInfo node, int atp) {
    }

    private final String sku;
    private final int nodeCount;
    private final List<NodeStock> stock;

    private SkuNetwork(String sku, int nodeCount, List<NodeStock> stock) {
        this.sku = sku;
        this.nodeCount = nodeCount;
        this.stock = stock;
    }

    static SkuNetwork read(PositionTable table, NetworkCatalog catalog, String sku) {
        Objects.requireNonNull(sku, "sku");
        List<NodeInfo> nodes = catalog.nodes();
        List<NodeStock> stock = table.read(view -> {
            List<NodeStock> held = new ArrayList<>();
            for (NodeInfo node : nodes) {
                int row = view.row(node.id(), sku);
                if (row >= 0 && view.live(row)) {
                    held.add(new NodeStock(node, view.atp(row)));
                }
            }
            return held;
        });
        return new SkuNetwork(sku, nodes.size(), List.copyOf(stock));
    }

    String sku() {
        return sku;
    }

    /** The catalog's node count, the "of N" of the in-stock count. */
    int nodeCount() {
        return nodeCount;
    }

    int nodesInStock() {
        return (int) stock.stream().filter(held -> held.atp() > 0).count();
    }

    long totalAtp() {
        return stock.stream().mapToLong(held -> Math.max(0, held.atp())).sum();
    }

    /** One line per node type, in the engine's type order, each type listed even without stock. */
    List<TypeStock> byType() {
        List<TypeStock> types = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            int nodes = 0;
            long atp = 0;
            for (NodeStock held : stock) {
                if (held.node().type().equals(type.name()) && held.atp() > 0) {
                    nodes++;
                    atp += held.atp();
                }
            }
            types.add(new TypeStock(type.name(), nodes, atp));
        }
        return types;
    }

    /** The nearest nodes with ATP above zero, closest first (ties by node id). */
    List<NearbyStock> nearest(Place from, int limit) {
        return stock.stream()
                .filter(held -> held.atp() > 0)
                .map(held -> new NearbyStock(held.node().id(), held.node().name(), held.node().location(),
                        GreatCircle.km(from.lat(), from.lon(), held.node().row().lat(), held.node().row().lon()),
                        held.atp()))
                .sorted(Comparator.comparingDouble(NearbyStock::km).thenComparing(NearbyStock::nodeId))
                .limit(Math.max(0, limit))
                .toList();
    }
}
