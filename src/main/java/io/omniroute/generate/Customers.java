package io.omniroute.generate;

import io.omniroute.engine.model.Node;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where customers live: places drawn in proportion to population, a few km around the centre, and what each
 * place can be offered (pickup stores close by, a same-day courier in reach).
 */
final class Customers {

    /** Customers drive this far at most to collect a pickup order. */
    static final double PICKUP_RADIUS_KM = 40;
    static final int PICKUP_CHOICES = 3;
    /** Less than the courier's reach, leaving room for the customer's distance from the place centre. */
    static final double SAME_DAY_RADIUS_KM = RateCard.sameDayReachKm() - 15;

    private final List<City> cities;
    private final double[] cumulativePopulation;
    /** Up to PICKUP_CHOICES pickup node indexes per city, nearest first; -1 pads. */
    private final int[][] pickupNodes;
    private final boolean[] sameDay;
    private final double pickupPopulationShare;
    private final double sameDayPopulationShare;

    Customers(List<City> cities, List<Node> nodes) {
        this.cities = cities;
        double[] population = new double[cities.size()];
        pickupNodes = new int[cities.size()][];
        sameDay = new boolean[cities.size()];
        double total = 0;
        double withPickup = 0;
        double withSameDay = 0;
        for (int c = 0; c < cities.size(); c++) {
            City city = cities.get(c);
            population[c] = city.population();
            total += population[c];
            pickupNodes[c] = nearestPickupNodes(city, nodes);
            sameDay[c] = sameDayInReach(city, nodes);
            withPickup += pickupNodes[c][0] >= 0 ? population[c] : 0;
            withSameDay += sameDay[c] ? population[c] : 0;
        }
        cumulativePopulation = Draw.cumulative(population);
        pickupPopulationShare = withPickup / total;
        sameDayPopulationShare = withSameDay / total;
    }

    int drawCity(SplittableRandom rng) {
        return Draw.fromCumulative(rng, cumulativePopulation);
    }

    City city(int index) {
        return cities.get(index);
    }

    /** Big cities sprawl: a customer in New York lives further from the centre point than one in a small town. */
    double jitterKm(int city) {
        return Math.min(14.0, 1.5 + 5.0 * Math.sqrt(cities.get(city).population() / 1_000_000.0));
    }

    int[] pickupNodes(int city) {
        return pickupNodes[city];
    }

    boolean sameDayInReach(int city) {
        return sameDay[city];
    }

    /** Share of customers (by population) who have a pickup store nearby. */
    double pickupPopulationShare() {
        return pickupPopulationShare;
    }

    double sameDayPopulationShare() {
        return sameDayPopulationShare;
    }

    private static int[] nearestPickupNodes(City city, List<Node> nodes) {
        int[] best = {-1, -1, -1};
        double[] bestKm = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (!node.pickup() || Math.abs(node.lat() - city.lat()) > 0.5) {
                continue;
            }
            double km = Geo.haversineKm(city.lat(), city.lon(), node.lat(), node.lon());
            if (km > PICKUP_RADIUS_KM) {
                continue;
            }
            for (int k = 0; k < PICKUP_CHOICES; k++) {
                if (km < bestKm[k]) {
                    System.arraycopy(best, k, best, k + 1, PICKUP_CHOICES - 1 - k);
                    System.arraycopy(bestKm, k, bestKm, k + 1, PICKUP_CHOICES - 1 - k);
                    best[k] = n;
                    bestKm[k] = km;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean sameDayInReach(City city, List<Node> nodes) {
        for (Node node : nodes) {
            if (node.sameDay() && node.ship() && node.processingDays() == 0 && Math.abs(node.lat() - city.lat()) < 1
                    && Geo.haversineKm(city.lat(), city.lon(), node.lat(), node.lon()) <= SAME_DAY_RADIUS_KM) {
                return true;
            }
        }
        return false;
    }
}
