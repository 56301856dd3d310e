package io.omniroute.console.model;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.SkuRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of the network's nodes and SKUs, by id; a sync that changes them makes a new one. */
public final class NetworkCatalog {

    private static final NetworkCatalog EMPTY = new NetworkCatalog(Map.of(), Map.of());

    private final Map<String, NodeInfo> nodes;
    private final Map<String, SkuRow> skus;

    private NetworkCatalog(Map<String, NodeInfo> nodes, Map<String, SkuRow> skus) {
        this.nodes = nodes;
        this.skus = skus;
    }

    public static NetworkCatalog empty() {
        return EMPTY;
    }

    /** Nodes placed by their ZIP (city and state), in the given order. */
    public static NetworkCatalog of(List<NodeRow> nodeRows, List<SkuRow> skuRows, ZipDirectory zips) {
        Map<String, NodeInfo> nodes = new LinkedHashMap<>();
        for (NodeRow row : nodeRows) {
            Optional<Place> place = zips.place(row.zip());
            nodes.put(row.id(), new NodeInfo(row, place.map(Place::city).orElse(""),
                    place.map(Place::state).orElse("")));
        }
        Map<String, SkuRow> skus = new LinkedHashMap<>();
        skuRows.forEach(sku -> skus.put(sku.sku(), sku));
        return new NetworkCatalog(Collections.unmodifiableMap(nodes),
                Collections.unmodifiableMap(skus));
    }

    public List<NodeInfo> nodes() {
        return List.copyOf(nodes.values());
    }

    public Optional<NodeInfo> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public List<SkuRow> skus() {
        return List.copyOf(skus.values());
    }

    public Optional<SkuRow> sku(String id) {
        return Optional.ofNullable(skus.get(id));
    }

    /** The SKU's name, or "" when the SKU is not cached. */
    public String skuName(String id) {
        SkuRow sku = skus.get(id);
        return sku == null ? "" : sku.name();
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int skuCount() {
        return skus.size();
    }
}
