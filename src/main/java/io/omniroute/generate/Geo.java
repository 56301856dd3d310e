package io.omniroute.generate;

import io.omniroute.engine.sourcing.GreatCircle;

/**
 * Great-circle distance on the same sphere the engine uses, so generated zones agree with sourcing.
 *
 * <p>The generate package uses StrictMath for transcendental functions: Math may differ in the last bit between
 * JVMs and CPUs, and one flipped comparison would change a seed's files on another machine.
 */
final class Geo {

    static final double EARTH_RADIUS_KM = GreatCircle.EARTH_RADIUS_KM;
    static final double KM_PER_DEGREE_LAT = Math.PI * EARTH_RADIUS_KM / 180.0;

    private Geo() {
    }

    /** The engine's own great-circle distance (StrictMath too), so generated zones agree with sourcing. */
    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }

    static double kmPerDegreeLon(double lat) {
        return KM_PER_DEGREE_LAT * Math.max(0.01, StrictMath.cos(Math.toRadians(lat)));
    }

    /** Rounds to 5 decimals (about a metre): enough for a map, and it keeps files short and stable. */
    static double round5(double degrees) {
        return Math.round(degrees * 100_000.0) / 100_000.0;
    }
}
