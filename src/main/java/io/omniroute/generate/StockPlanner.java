package io.omniroute.generate;

import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides each node's assortment and depth from expected demand: DCs deep and wide, stores shallow in popular
 * SKUs, dark stores moderate in the top sellers, vendors their own categories, 3PLs the wide middle.
 */
final class StockPlanner {

    /** DCs together hold this multiple of expected demand, so most orders fill but stock is finite. */
    static final double DC_COVER = 1.15;
    /** Best sellers (this top fraction of ranks) are in every DC: planners never leave them out. */
    static final double DC_CORE_RANKS = 0.10;
    static final double STORE_DEMAND_SHARE = 0.45;
    static final int STORE_MAX_UNITS = 12;

    private final List<Node> nodes;
    private final Catalog catalog;
    private final double[] expectedUnits;
    /** Split into one stream per node, so one node's draws never shift another's assortment. */
    private final SplittableRandom streams;

    private StockPlanner(List<Node> nodes, Catalog catalog, double totalUnits, SplittableRandom streams) {
        this.nodes = nodes;
        this.catalog = catalog;
        this.streams = streams;
        this.expectedUnits = new double[catalog.size()];
        for (int s = 0; s < expectedUnits.length; s++) {
            expectedUnits[s] = totalUnits * catalog.demandShare(s);
        }
    }

    static Stock plan(List<Node> nodes, Catalog catalog, GeneratorSettings settings, List<City> cities,
            SplittableRandom rng) {
        double totalUnits = settings.orders() * Basket.EXPECTED_UNITS_PER_ORDER;
        return new StockPlanner(nodes, catalog, totalUnits, rng).plan(cities);
    }

    private Stock plan(List<City> cities) {
        int[][] dcOnHand = DcStock.plan(nodes, catalog, expectedUnits, DC_COVER, DC_CORE_RANKS, cities, streams.split());
        int stores = count(NodeType.STORE);
        List<InventoryPosition> positions = new ArrayList<>();
        List<BitSet> carried = new ArrayList<>(nodes.size());
        int dc = 0;
        for (Node node : nodes) {
            BitSet assortment = new BitSet(catalog.size());
            SplittableRandom nodeRng = streams.split();
            switch (node.type()) {
                case DC -> dcPositions(node, dcOnHand[dc++], assortment, positions);
                case STORE -> storePositions(node, stores, assortment, positions, nodeRng);
                case DARK_STORE -> darkStorePositions(node, assortment, positions, nodeRng);
                case DROPSHIP_VENDOR -> vendorPositions(node, assortment, positions, nodeRng);
                case THREE_PL -> thirdPartyPositions(node, assortment, positions, nodeRng);
            }
            carried.add(assortment);
        }
        return new Stock(positions, carried);
    }

    private void dcPositions(Node node, int[] onHand, BitSet assortment, List<InventoryPosition> out) {
        for (int s = 0; s < onHand.length; s++) {
            if (onHand[s] > 0) {
                assortment.set(s);
                int safety = Math.min(20, onHand[s] / 20);
                out.add(position(node, s, onHand[s], safety));
            }
        }
    }

    private void storePositions(Node node, int stores, BitSet assortment, List<InventoryPosition> out,
            SplittableRandom rng) {
        double size = node.tags().contains("flagship") ? 0.50 : Draw.between(rng, 0.22, 0.42);
        chooseByRank(assortment, (int) Math.round(catalog.size() * size), 0.80, rng);
        double perStore = STORE_DEMAND_SHARE / Math.max(1, stores);
        for (int s = assortment.nextSetBit(0); s >= 0; s = assortment.nextSetBit(s + 1)) {
            // A shelf shows at least a couple of units; safety stock only where there is some depth to protect.
            int onHand = (int) Math.round(expectedUnits[s] * perStore * Draw.noise(rng, 0.4)) + 2 + rng.nextInt(3);
            onHand = Math.min(STORE_MAX_UNITS, onHand);
            int safety = Math.min(rng.nextInt(3), onHand >= 6 ? 2 : onHand >= 4 ? 1 : 0);
            out.add(position(node, s, onHand, safety));
        }
    }

    private void darkStorePositions(Node node, BitSet assortment, List<InventoryPosition> out, SplittableRandom rng) {
        chooseByRank(assortment, (int) Math.round(catalog.size() * 0.40), 0.92, rng);
        for (int s = assortment.nextSetBit(0); s >= 0; s = assortment.nextSetBit(s + 1)) {
            int depth = (int) Math.round(expectedUnits[s] * 0.04 * Draw.noise(rng, 0.35));
            int onHand = Math.min(300, depth + 2 + rng.nextInt(4));
            out.add(position(node, s, onHand, Math.min(onHand / 4, rng.nextInt(4))));
        }
    }

    /** A vendor lists most of its categories' SKUs and holds them deep: it is the supplier. */
    private void vendorPositions(Node node, BitSet assortment, List<InventoryPosition> out, SplittableRandom rng) {
        for (int s = 0; s < catalog.size(); s++) {
            String category = catalog.categories().get(catalog.categoryOf(s));
            if (node.tags().contains(category) && Draw.chance(rng, 0.70)) {
                assortment.set(s);
                int onHand = 25 + rng.nextInt(176) + (int) Math.round(expectedUnits[s] * 0.15);
                out.add(position(node, s, onHand, rng.nextInt(6)));
            }
        }
    }

    /** 3PLs hold the wide middle of the range: not the very best sellers, not the long tail. */
    private void thirdPartyPositions(Node node, BitSet assortment, List<InventoryPosition> out, SplittableRandom rng) {
        int from = (int) (catalog.size() * 0.02);
        int to = (int) Math.ceil(catalog.size() * 0.60);
        for (int rank = from; rank < to; rank++) {
            if (Draw.chance(rng, 0.60)) {
                assortment.set(catalog.skuAtRank(rank));
            }
        }
        for (int s = assortment.nextSetBit(0); s >= 0; s = assortment.nextSetBit(s + 1)) {
            int onHand = (int) Math.round(expectedUnits[s] * 0.05 * Draw.noise(rng, 0.4)) + 1 + rng.nextInt(4);
            out.add(position(node, s, onHand, rng.nextInt(2)));
        }
    }

    /** Walks down the popularity ranks taking each SKU with the given probability until size SKUs are chosen. */
    private void chooseByRank(BitSet assortment, int size, double probability, SplittableRandom rng) {
        int chosen = 0;
        for (int rank = 0; rank < catalog.size() && chosen < size; rank++) {
            if (Draw.chance(rng, probability)) {
                assortment.set(catalog.skuAtRank(rank));
                chosen++;
            }
        }
    }

    private InventoryPosition position(Node node, int sku, int onHand, int safety) {
        return new InventoryPosition(node.id(), catalog.skus().get(sku).sku(), onHand, Math.min(safety, onHand));
    }

    private int count(NodeType type) {
        int count = 0;
        for (Node node : nodes) {
            if (node.type() == type) {
                count++;
            }
        }
        return count;
    }
}
