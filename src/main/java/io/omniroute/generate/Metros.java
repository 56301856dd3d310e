package io.omniroute.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups places into metros, so that a city and its suburbs compete for stores as one market. */
final class Metros {

    /** Places smaller than this rarely host a store or DC, and skipping them keeps clustering quick. */
    static final int MIN_POPULATION = 20_000;
    static final double RADIUS_KM = 30.0;

    private Metros() {
    }

    /** Metros by descending population; ties keep the order of their principal city in the source file. */
    static List<Metro> cluster(List<City> citiesLargestFirst) {
        List<City> principals = new ArrayList<>();
        List<List<City>> members = new ArrayList<>();
        List<long[]> population = new ArrayList<>();
        for (City city : citiesLargestFirst) {
            if (city.population() < MIN_POPULATION) {
                continue;
            }
            int home = nearestWithin(principals, city);
            if (home < 0) {
                principals.add(city);
                members.add(new ArrayList<>(List.of(city)));
                population.add(new long[] {city.population()});
            } else {
                members.get(home).add(city);
                population.get(home)[0] += city.population();
            }
        }
        List<Metro> metros = new ArrayList<>();
        for (int i = 0; i < principals.size(); i++) {
            metros.add(new Metro(principals.get(i), members.get(i), population.get(i)[0]));
        }
        // A stable sort: equal populations keep file order, so the result is reproducible.
        metros.sort(Comparator.comparingLong(Metro::population).reversed());
        return List.copyOf(metros);
    }

    private static int nearestWithin(List<City> principals, City city) {
        int best = -1;
        double bestKm = RADIUS_KM;
        for (int i = 0; i < principals.size(); i++) {
            City p = principals.get(i);
            if (Math.abs(p.lat() - city.lat()) > 0.5) {
                continue;
            }
            double km = Geo.haversineKm(p.lat(), p.lon(), city.lat(), city.lon());
            if (km <= bestKm) {
                bestKm = km;
                best = i;
            }
        }
        return best;
    }
}
