package io.omniroute.generate;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * DC depth: each DC stocks the share of national demand that lives nearest to it, so the Dallas DC holds more
 * than the Reno one, and the tail is never missing from the whole network.
 */
final class DcStock {

    private DcStock() {
    }

    /** On-hand per DC (in node order) per SKU position; 0 means the DC does not carry it. */
    static int[][] plan(List<Node> nodes, Catalog catalog, double[] expectedUnits, double cover, double coreRanks,
            List<City> cities, SplittableRandom rng) {
        List<Node> dcs = new ArrayList<>();
        for (Node node : nodes) {
            if (node.type() == NodeType.DC) {
                dcs.add(node);
            }
        }
        double[] region = regionalShares(dcs, cities);
        double[] breadth = new double[dcs.size()];
        for (int d = 0; d < breadth.length; d++) {
            breadth[d] = Draw.between(rng, 0.60, 0.90);
        }
        int coreLimit = (int) Math.ceil(catalog.size() * coreRanks);
        int[][] onHand = new int[dcs.size()][catalog.size()];
        boolean[] carries = new boolean[dcs.size()];
        // Which DCs list a SKU is drawn apart from how many units they hold, so depth (which follows the order
        // count) never changes the assortment.
        SplittableRandom depthRng = rng.split();
        for (int s = 0; s < catalog.size(); s++) {
            boolean core = catalog.rankOf(s) < coreLimit;
            double carriedShare = 0;
            for (int d = 0; d < dcs.size(); d++) {
                carries[d] = core || Draw.chance(rng, breadth[d]);
                carriedShare += carries[d] ? region[d] : 0;
            }
            if (carriedShare == 0) {
                // Nobody picked it: the DC nearest most customers takes it, so every SKU is sellable somewhere.
                int largest = largest(region);
                carries[largest] = true;
                carriedShare = region[largest];
            }
            for (int d = 0; d < dcs.size(); d++) {
                if (carries[d]) {
                    double units = cover * expectedUnits[s] * region[d] / carriedShare * Draw.noise(depthRng, 0.3);
                    // A floor of a few units: a DC that lists a SKU keeps at least a case of it.
                    onHand[d][s] = (int) Math.round(units) + 2 + depthRng.nextInt(7);
                }
            }
        }
        return onHand;
    }

    /** Population share nearest to each DC; every DC gets a little, so a remote one is still worth stocking. */
    static double[] regionalShares(List<Node> dcs, List<City> cities) {
        double[] population = new double[dcs.size()];
        for (City city : cities) {
            int nearest = 0;
            double nearestKm = Double.MAX_VALUE;
            for (int d = 0; d < dcs.size(); d++) {
                double km = Geo.haversineKm(city.lat(), city.lon(), dcs.get(d).lat(), dcs.get(d).lon());
                if (km < nearestKm) {
                    nearestKm = km;
                    nearest = d;
                }
            }
            population[nearest] += city.population();
        }
        double total = 0;
        for (double p : population) {
            total += p;
        }
        double[] shares = new double[dcs.size()];
        for (int d = 0; d < shares.length; d++) {
            shares[d] = Math.max(0.02, population[d] / total);
        }
        return shares;
    }

    private static int largest(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
