package io.omniroute.generate;

import java.util.ArrayList;
import java.util.List;

/** The bundled US places and ZIP centroids, read once per JVM: they never change and take ~100 ms to parse. */
final class ReferenceData {

    static final String CITIES = "/data/us-cities.csv";
    static final String ZIPS = "/data/us-zip-centroids.csv";

    private static volatile ReferenceData loaded;

    private final List<City> cities;
    private final ZipIndex zips;

    private ReferenceData(List<City> cities, ZipIndex zips) {
        this.cities = List.copyOf(cities);
        this.zips = zips;
    }

    static ReferenceData load() {
        ReferenceData data = loaded;
        if (data == null) {
            synchronized (ReferenceData.class) {
                data = loaded;
                if (data == null) {
                    data = new ReferenceData(readCities(), ZipIndex.of(Csv.readResource(ZIPS)));
                    loaded = data;
                }
            }
        }
        return data;
    }

    /** Largest first, as in the file. */
    List<City> cities() {
        return cities;
    }

    ZipIndex zips() {
        return zips;
    }

    private static List<City> readCities() {
        List<City> cities = new ArrayList<>();
        for (String[] row : Csv.readResource(CITIES)) {
            cities.add(new City(row[1], row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4]),
                    Integer.parseInt(row[5]), row[6]));
        }
        return cities;
    }
}
