package io.omniroute.generate;

import io.omniroute.engine.model.InventoryPosition;
import java.util.BitSet;
import java.util.List;

/**
 * The generated inventory, plus which SKU positions each node carries (indexed like the node list), so that
 * pickup orders can ask for what their store actually sells.
 */
record Stock(List<InventoryPosition> positions, List<BitSet> carriedByNode) {

    boolean carries(int node, int sku) {
        return carriedByNode.get(node).get(sku);
    }
}
