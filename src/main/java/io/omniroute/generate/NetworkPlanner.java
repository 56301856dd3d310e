package io.omniroute.generate;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Places the network: regional DCs and 3PLs at logistics hubs, stores and dark stores in metros (see
 * {@link StorePlanner}), dropship vendors spread over mid-size and large metros.
 */
final class NetworkPlanner {

    private static final String[] VENDOR_BRANDS = {
        "Summit", "Harbor", "Pioneer", "Cascade", "Bluegrass", "Redwood", "Prairie", "Lakeshore", "Ironwood",
        "Maple", "Canyon", "Beacon", "Frontier", "Granite", "Willow", "Seaside", "Highland", "Riverbend",
    };
    private static final String[] THIRD_PARTY_BRANDS = {
        "Meridian Fulfillment", "Keystone Logistics", "Northstar 3PL", "Crossroads Fulfillment", "Bluewater Logistics",
        "Ironbridge Warehousing", "Tristate Fulfillment", "Heartland Logistics",
    };

    private final ReferenceData data;
    private final SplittableRandom rng;
    private final NodeIds names = new NodeIds();

    private NetworkPlanner(ReferenceData data, SplittableRandom rng) {
        this.data = data;
        this.rng = rng;
    }

    /** Nodes ordered by type, then id: DCs, stores, dark stores, dropship vendors, 3PLs. */
    static List<Node> plan(NodeCounts counts, List<String> categories, ReferenceData data, SplittableRandom rng) {
        return new NetworkPlanner(data, rng).plan(counts, categories);
    }

    private List<Node> plan(NodeCounts counts, List<String> categories) {
        List<Metro> metros = Metros.cluster(data.cities());
        Sites sites = Sites.of(data.cities(), metros);
        List<Node> nodes = new ArrayList<>(counts.total());
        for (int i = 1; i <= counts.dcs(); i++) {
            nodes.add(dc(i, counts.dcs(), sites.next()));
        }
        List<City> thirdPartySites = new ArrayList<>();
        for (int i = 0; i < counts.thirdParty(); i++) {
            thirdPartySites.add(sites.next());
        }
        StorePlanner stores = new StorePlanner(metros, data.zips(), rng, names);
        nodes.addAll(stores.stores(counts.stores()));
        nodes.addAll(stores.darkStores(counts.darkStores()));
        for (int i = 1; i <= counts.vendors(); i++) {
            nodes.add(vendor(i, counts.vendors(), metros, categories));
        }
        for (int i = 1; i <= counts.thirdParty(); i++) {
            nodes.add(thirdParty(i, counts.thirdParty(), thirdPartySites.get(i - 1)));
        }
        return nodes;
    }

    private Node dc(int number, int count, City site) {
        Placement at = Placement.near(site, 6, 18, rng, data.zips());
        // Every third DC is licensed for hazardous goods, so a hazmat rule still has national reach.
        List<String> tags = number % 3 == 1 ? List.of("regional", "hazmat") : List.of("regional");
        return new Node(NodeIds.id("DC", number, count, 3), names.unique("Omniroute DC " + site.displayName()),
                NodeType.DC, at.lat(), at.lon(), at.zip(), true, false, false, true,
                OptionalInt.of(Draw.steps(rng, 2_000, 6_000, 250)),
                Draw.cents(Draw.between(rng, 2.25, 2.75)), Draw.cents(Draw.between(rng, 0.30, 0.40)), 1, tags);
    }

    private Node thirdParty(int number, int count, City site) {
        Placement at = Placement.near(site, 5, 20, rng, data.zips());
        String brand = THIRD_PARTY_BRANDS[(number - 1) % THIRD_PARTY_BRANDS.length];
        return new Node(NodeIds.id("PL", number, count, 3), names.unique(brand + " " + site.displayName()),
                NodeType.THREE_PL, at.lat(), at.lon(), at.zip(), true, false, false, true,
                OptionalInt.of(Draw.steps(rng, 1_000, 3_000, 250)),
                Draw.cents(Draw.between(rng, 2.80, 3.40)), Draw.cents(Draw.between(rng, 0.40, 0.55)), 1,
                List.of("3pl"));
    }

    /** Vendors ship their own categories; the tags name them so rules (and the stock planner) can see them. */
    private Node vendor(int number, int count, List<Metro> metros, List<String> categories) {
        Metro metro = pickVendorMetro(metros);
        Placement at = Placement.near(metro.principal(), 5, 25, rng, data.zips());
        List<String> carried = new ArrayList<>();
        // Round-robin first category: every category gets a vendor before any gets two.
        carried.add(categories.get((number - 1) % categories.size()));
        int extra = rng.nextInt(3);
        for (int k = 0; k < extra; k++) {
            String category = categories.get(rng.nextInt(categories.size()));
            if (!carried.contains(category)) {
                carried.add(category);
            }
        }
        List<String> tags = new ArrayList<>();
        tags.add("dropship");
        tags.addAll(carried);
        String brand = VENDOR_BRANDS[rng.nextInt(VENDOR_BRANDS.length)];
        String label = Character.toUpperCase(carried.get(0).charAt(0)) + carried.get(0).substring(1);
        OptionalInt capacity = Draw.chance(rng, 0.5)
                ? OptionalInt.empty()
                : OptionalInt.of(Draw.steps(rng, 5_000, 10_000, 500));
        return new Node(NodeIds.id("DV", number, count, 3),
                names.unique(brand + " " + label + " Supply (" + metro.name() + ")"),
                NodeType.DROPSHIP_VENDOR, at.lat(), at.lon(), at.zip(), true, false, false, false, capacity,
                Draw.cents(Draw.between(rng, 0.80, 1.20)), Draw.cents(Draw.between(rng, 0.05, 0.15)),
                2 + rng.nextInt(2), tags);
    }

    /** Vendors sit anywhere among the 300 largest metros, weighted by the square root of size. */
    private Metro pickVendorMetro(List<Metro> metros) {
        int n = Math.min(300, metros.size());
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Math.sqrt(metros.get(i).population());
        }
        return metros.get(Draw.fromCumulative(rng, Draw.cumulative(weights)));
    }
}
