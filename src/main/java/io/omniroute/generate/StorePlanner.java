package io.omniroute.generate;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/** Places stores and dark stores in metros in proportion to population, in the metro's member cities. */
final class StorePlanner {

    /** Damps population so that mid-size metros get stores too: a chain spreads wider than pure head-count. */
    private static final double STORE_POPULATION_EXPONENT = 0.75;
    private static final int FLAGSHIP_METROS = 12;
    private static final long SAME_DAY_METRO_POPULATION = 1_500_000;

    private final List<Metro> metros;
    private final ZipIndex zips;
    private final SplittableRandom rng;
    private final NodeIds names;

    StorePlanner(List<Metro> metros, ZipIndex zips, SplittableRandom rng, NodeIds names) {
        this.metros = metros;
        this.zips = zips;
        this.rng = rng;
        this.names = names;
    }

    List<Node> stores(int count) {
        double[] weights = new double[metros.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = StrictMath.pow(metros.get(i).population(), STORE_POPULATION_EXPONENT);
        }
        int[] perMetro = Seats.allocate(weights, count, 2);
        List<Node> stores = new ArrayList<>(count);
        for (int m = 0; m < metros.size(); m++) {
            Metro metro = metros.get(m);
            for (int k = 0; k < perMetro[m]; k++) {
                boolean flagship = k == 0 && m < FLAGSHIP_METROS;
                stores.add(store(stores.size() + 1, count, metro, k, flagship));
            }
        }
        return stores;
    }

    /**
     * Dark stores serve same-day demand in the largest metros. D'Hondt over the square root of population gives
     * New York a few and every other big metro one or two, rather than half of them all to New York.
     */
    List<Node> darkStores(int count) {
        int candidates = Math.min(metros.size(), Math.max(1, count));
        double[] weights = new double[candidates];
        for (int i = 0; i < candidates; i++) {
            weights[i] = Math.sqrt(metros.get(i).population());
        }
        int[] perMetro = Seats.allocate(weights, count, 1);
        List<Node> darkStores = new ArrayList<>(count);
        for (int m = 0; m < candidates; m++) {
            for (int k = 0; k < perMetro[m]; k++) {
                darkStores.add(darkStore(darkStores.size() + 1, count, metros.get(m), k));
            }
        }
        return darkStores;
    }

    private Node store(int number, int count, Metro metro, int indexInMetro, boolean flagship) {
        City place = metro.members().get(indexInMetro % metro.members().size());
        boolean repeat = indexInMetro >= metro.members().size();
        Placement at = Placement.near(place, repeat ? 3 : 0.5, repeat ? 10 : 4, rng, zips);
        boolean sameDay = flagship || metro.population() >= SAME_DAY_METRO_POPULATION && Draw.chance(rng, 0.10);
        // A few small-format stores only hand out pickups; they cannot ship.
        boolean ship = flagship || !Draw.chance(rng, 0.02);
        List<String> tags = new ArrayList<>();
        if (flagship) {
            tags.add("flagship");
        }
        if (place == metro.principal() && metro.population() >= 1_000_000) {
            tags.add("urban");
        } else if (Draw.chance(rng, 0.45)) {
            tags.add("mall");
        }
        if (!ship) {
            tags.add("no-ship");
        }
        int capacity = flagship ? Draw.steps(rng, 120, 150, 5) : Draw.steps(rng, 40, 150, 5);
        // Same-day stores hand orders to couriers the day they arrive, which needs zero processing days.
        int processingDays = sameDay ? 0 : 1;
        return new Node(NodeIds.id("ST", number, count, 4), names.unique("Store " + place.displayName()),
                NodeType.STORE, at.lat(), at.lon(), at.zip(), ship, true, sameDay, true, OptionalInt.of(capacity),
                Draw.cents(Draw.between(rng, 4.00, 6.00)), Draw.cents(Draw.between(rng, 0.90, 1.10)),
                processingDays, tags);
    }

    private Node darkStore(int number, int count, Metro metro, int indexInMetro) {
        City place = metro.members().get(indexInMetro % metro.members().size());
        Placement at = Placement.near(place, 1, 6, rng, zips);
        return new Node(NodeIds.id("DS", number, count, 3), names.unique("Dark Store " + place.displayName()),
                NodeType.DARK_STORE, at.lat(), at.lon(), at.zip(), true, false, true, false,
                OptionalInt.of(Draw.steps(rng, 200, 600, 25)),
                Draw.cents(Draw.between(rng, 2.80, 3.30)), Draw.cents(Draw.between(rng, 0.55, 0.70)), 0,
                List.of("urban", "micro-fulfillment"));
    }
}
