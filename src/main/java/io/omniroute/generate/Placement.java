package io.omniroute.generate;

import java.util.SplittableRandom;

/** A node's site: a point a few km from a reference place, with the nearest ZIP. */
record Placement(double lat, double lon, String zip) {

    /** Moves a random distance between minKm and maxKm in a random direction: warehouses sit outside downtown. */
    static Placement near(City city, double minKm, double maxKm, SplittableRandom rng, ZipIndex zips) {
        double km = Draw.between(rng, minKm, maxKm);
        double bearing = rng.nextDouble() * 2 * Math.PI;
        double lat = city.lat() + km * StrictMath.cos(bearing) / Geo.KM_PER_DEGREE_LAT;
        double lon = city.lon() + km * StrictMath.sin(bearing) / Geo.kmPerDegreeLon(city.lat());
        lat = Geo.round5(lat);
        lon = Geo.round5(lon);
        return new Placement(lat, lon, zips.nearest(lat, lon));
    }
}
