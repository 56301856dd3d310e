package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.InventoryPosition;
import java.util.Arrays;
import java.util.List;

/**
 * Consolidated stock with reservations, kept in primitive arrays grouped by SKU.
 * ATP = on_hand − safety_stock − reserved, never below 0; a reservation beyond ATP is refused,
 * so the ledger can never oversell. Not thread-safe: one sourcing loop owns it.
 */
public final class InventoryLedger {

    private final NetworkModel network;
    /** Positions of SKU s are {@code skuStart[s] .. skuStart[s + 1] - 1}, sorted by node. */
    private final int[] skuStart;
    private final int[] positionNode;
    private final int[] onHand;
    private final int[] safetyStock;
    private final int[] reserved;

    private InventoryLedger(NetworkModel network, List<InventoryPosition> positions) {
        this.network = network;
        int count = positions.size();
        int[] sku = new int[count];
        int[] node = new int[count];
        skuStart = new int[network.skuCount() + 1];
        for (int i = 0; i < count; i++) {
            InventoryPosition position = positions.get(i);
            sku[i] = requireSku(position.sku());
            node[i] = requireNode(position.nodeId());
            skuStart[sku[i] + 1]++;
        }
        for (int s = 0; s < network.skuCount(); s++) {
            skuStart[s + 1] += skuStart[s];
        }
        // Sort by (sku, node) through one long key per row: the high 32 bits hold the pair, the low 31 bits the row;
        // pairs below 2^32 keep the key non-negative, which the guard in of() ensures.
        long nodeCount = network.nodeCount();
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            order[i] = ((sku[i] * nodeCount + node[i]) << 31) | i;
        }
        Arrays.sort(order);
        positionNode = new int[count];
        onHand = new int[count];
        safetyStock = new int[count];
        reserved = new int[count];
        for (int p = 0; p < count; p++) {
            int source = (int) (order[p] & 0x7FFF_FFFFL);
            positionNode[p] = node[source];
            onHand[p] = positions.get(source).onHand();
            safetyStock[p] = positions.get(source).safetyStock();
            if (p > 0 && (order[p] >>> 31) == (order[p - 1] >>> 31)) {
                throw new IllegalArgumentException("two inventory positions for node "
                        + positions.get(source).nodeId() + " and SKU " + positions.get(source).sku());
            }
        }
    }

    public static InventoryLedger of(NetworkModel network, List<InventoryPosition> positions) {
        if ((long) network.skuCount() * network.nodeCount() >= 1L << 32) {
            throw new IllegalArgumentException("network too large for the inventory index: "
                    + network.skuCount() + " SKUs x " + network.nodeCount() + " nodes");
        }
        return new InventoryLedger(network, positions);
    }

    private int requireSku(String sku) {
        int index = network.skuIndex(sku);
        if (index < 0) {
            throw new IllegalArgumentException("inventory names SKU " + sku + ", which the catalog lacks");
        }
        return index;
    }

    private int requireNode(String nodeId) {
        int index = network.nodeIndex(nodeId);
        if (index < 0) {
            throw new IllegalArgumentException("inventory names node " + nodeId + ", which the network lacks");
        }
        return index;
    }

    public int positionCount() {
        return positionNode.length;
    }

    int firstPosition(int sku) {
        return skuStart[sku];
    }

    int endPosition(int sku) {
        return skuStart[sku + 1];
    }

    int nodeOf(int position) {
        return positionNode[position];
    }

    int atpAt(int position) {
        return Math.max(0, onHand[position] - safetyStock[position] - reserved[position]);
    }

    /** The position of a node and SKU, or -1 when the node does not stock it. */
    int position(int node, int sku) {
        int found = Arrays.binarySearch(positionNode, skuStart[sku], skuStart[sku + 1], node);
        return found >= 0 ? found : -1;
    }

    /** Available to promise at a node, 0 when the node does not stock the SKU. */
    public int atp(String nodeId, String sku) {
        int position = position(requireNode(nodeId), requireSku(sku));
        return position < 0 ? 0 : atpAt(position);
    }

    public int reserved(String nodeId, String sku) {
        int position = position(requireNode(nodeId), requireSku(sku));
        return position < 0 ? 0 : reserved[position];
    }

    public int onHand(String nodeId, String sku) {
        int position = position(requireNode(nodeId), requireSku(sku));
        return position < 0 ? 0 : onHand[position];
    }

    /** Holds units for an order; refuses (and changes nothing) when ATP is short. */
    public void reserve(String nodeId, String sku, int qty) {
        reserveAt(requirePosition(nodeId, sku), qty);
    }

    void reserveAt(int position, int qty) {
        requirePositive(qty);
        int atp = atpAt(position);
        if (qty > atp) {
            throw new IllegalStateException("cannot reserve " + qty + " of SKU " + network.sku(skuOf(position)).sku()
                    + " at node " + network.node(positionNode[position]).id() + ": ATP is " + atp);
        }
        reserved[position] += qty;
    }

    /** Gives reserved units back to ATP. */
    public void release(String nodeId, String sku, int qty) {
        int position = requirePosition(nodeId, sku);
        requirePositive(qty);
        if (qty > reserved[position]) {
            throw new IllegalStateException("cannot release " + qty + " of SKU " + sku + " at node " + nodeId
                    + ": only " + reserved[position] + " reserved");
        }
        reserved[position] -= qty;
    }

    /** Ships reserved units: they leave both the reservation and on-hand stock. */
    public void commit(String nodeId, String sku, int qty) {
        int position = requirePosition(nodeId, sku);
        requirePositive(qty);
        if (qty > reserved[position]) {
            throw new IllegalStateException("cannot commit " + qty + " of SKU " + sku + " at node " + nodeId
                    + ": only " + reserved[position] + " reserved");
        }
        reserved[position] -= qty;
        onHand[position] -= qty;
    }

    private int requirePosition(String nodeId, String sku) {
        int position = position(requireNode(nodeId), requireSku(sku));
        if (position < 0) {
            throw new IllegalStateException("node " + nodeId + " does not stock SKU " + sku);
        }
        return position;
    }

    private static void requirePositive(int qty) {
        if (qty <= 0) {
            throw new IllegalArgumentException("quantity must be >= 1, was " + qty);
        }
    }

    private int skuOf(int position) {
        int lo = 0;
        int hi = skuStart.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (skuStart[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
