package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.console.model.PositionTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a filter or sort needs of each node and each SKU, worked out once per node and SKU rather than per row: the
 * lower-case text the search box matches, the node's type and state, and the rank of each id and SKU name in sort
 * order. Two million rows then filter by array lookups into a few hundred nodes and some thousands of SKUs.
 */
final class SearchKeys {

    private final NetworkCatalog catalog;
    private final String[] nodeText;
    private final String[] nodeType;
    private final String[] nodeState;
    private final int[] nodeRank;
    private final String[] skuText;
    private final int[] skuRank;
    private final int[] skuNameRank;

    private SearchKeys(NetworkCatalog catalog, int nodes, int skus) {
        this.catalog = catalog;
        nodeText = new String[nodes];
        nodeType = new String[nodes];
        nodeState = new String[nodes];
        nodeRank = new int[nodes];
        skuText = new String[skus];
        skuRank = new int[skus];
        skuNameRank = new int[skus];
    }

    /** Keys for every node and SKU the table holds now; call again when it grows or the catalog changes. */
    static SearchKeys of(PositionTable.View view, NetworkCatalog catalog) {
        SearchKeys keys = new SearchKeys(catalog, view.nodes(), view.skus());
        String[] nodeIds = new String[view.nodes()];
        for (int node = 0; node < nodeIds.length; node++) {
            nodeIds[node] = view.nodeId(node);
            Optional<NodeInfo> info = catalog.node(nodeIds[node]);
            keys.nodeText[node] = searchText(nodeIds[node], info.map(NodeInfo::name).orElse(""));
            keys.nodeType[node] = info.map(NodeInfo::type).orElse("");
            keys.nodeState[node] = info.map(NodeInfo::state).orElse("");
        }
        rank(nodeIds, keys.nodeRank);
        String[] skuIds = new String[view.skus()];
        String[] skuNames = new String[skuIds.length];
        for (int sku = 0; sku < skuIds.length; sku++) {
            skuIds[sku] = view.skuId(sku);
            String name = catalog.skuName(skuIds[sku]);
            skuNames[sku] = name.toLowerCase(Locale.ROOT);
            keys.skuText[sku] = searchText(skuIds[sku], name);
        }
        rank(skuIds, keys.skuRank);
        rank(skuNames, keys.skuNameRank);
        return keys;
    }

    /** True while these keys still describe the table and catalog. */
    boolean current(PositionTable.View view, NetworkCatalog now) {
        return catalog == now && nodeRank.length == view.nodes() && skuRank.length == view.skus();
    }

    NetworkCatalog catalog() {
        return catalog;
    }

    int nodeRank(int node) {
        return nodeRank[node];
    }

    int skuRank(int sku) {
        return skuRank[sku];
    }

    int skuNameRank(int sku) {
        return skuNameRank[sku];
    }

    /** Per node: may its rows pass the filter's node type and state? */
    boolean[] nodesOfTypeAndState(PositionFilter filter) {
        boolean[] allowed = new boolean[nodeType.length];
        for (int node = 0; node < allowed.length; node++) {
            allowed[node] = (filter.nodeType().isEmpty() || filter.nodeType().equals(nodeType[node]))
                    && (filter.state().isEmpty() || filter.state().equalsIgnoreCase(nodeState[node]));
        }
        return allowed;
    }

    /** Per node: does its id or name hold the lower-case needle? */
    boolean[] nodesMatching(String needle) {
        return matching(nodeText, needle);
    }

    /** Per SKU: does its id or name hold the lower-case needle? */
    boolean[] skusMatching(String needle) {
        return matching(skuText, needle);
    }

    private static boolean[] matching(String[] texts, String needle) {
        boolean[] hits = new boolean[texts.length];
        for (int i = 0; i < texts.length; i++) {
            hits[i] = texts[i].contains(needle);
        }
        return hits;
    }

    /** The line break keeps a needle from matching across the end of the id and the start of the name. */
    private static String searchText(String id, String name) {
        return (id + "\n" + name).toLowerCase(Locale.ROOT);
    }

    /**
     * Dense ranks in natural order: equal values share a rank, so they tie and fall back to the node, SKU order.
     * Sorting the strings themselves, not boxed indices with a comparator, keeps this quick for 20,000 SKUs.
     */
    private static void rank(String[] values, int[] ranks) {
        String[] sorted = values.clone();
        Arrays.sort(sorted);
        Map<String, Integer> rankOf = new HashMap<>(sorted.length * 2);
        for (String value : sorted) {
            rankOf.putIfAbsent(value, rankOf.size());
        }
        for (int i = 0; i < values.length; i++) {
            ranks[i] = rankOf.get(values[i]);
        }
    }
}
