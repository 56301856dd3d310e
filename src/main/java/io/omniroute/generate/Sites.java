package io.omniroute.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hands out distinct warehouse cities: the bundled logistics hubs first, then the largest metros, so a network of
 * any size gets regional DCs and 3PLs in places where real ones cluster.
 */
final class Sites {

    static final String HUBS = "/data/logistics-hubs.csv";

    private final List<City> hubs;
    private final List<Metro> metros;
    private final Set<String> used = new HashSet<>();
    private int nextHub;
    private int nextMetro;

    private Sites(List<City> hubs, List<Metro> metros) {
        this.hubs = hubs;
        this.metros = metros;
    }

    static Sites of(List<City> cities, List<Metro> metros) {
        List<City> hubs = new ArrayList<>();
        for (String[] row : Csv.readResource(HUBS)) {
            City hub = find(cities, row[0], row[1]);
            if (hub == null) {
                throw new IllegalStateException("logistics hub " + row[0] + ", " + row[1] + " in " + HUBS
                        + " is not in " + ReferenceData.CITIES + ": fix the spelling in the hub list");
            }
            hubs.add(hub);
        }
        return new Sites(hubs, metros);
    }

    City next() {
        while (nextHub < hubs.size()) {
            City hub = hubs.get(nextHub++);
            if (used.add(key(hub))) {
                return hub;
            }
        }
        while (nextMetro < metros.size()) {
            City principal = metros.get(nextMetro++).principal();
            if (used.add(key(principal))) {
                return principal;
            }
        }
        // More warehouses than metros: share the largest metro rather than fail.
        return metros.get(0).principal();
    }

    private static String key(City city) {
        return city.name() + "," + city.state();
    }

    private static City find(List<City> cities, String name, String state) {
        for (City city : cities) {
            if (city.name().equals(name) && city.state().equals(state)) {
                return city;
            }
        }
        return null;
    }
}
