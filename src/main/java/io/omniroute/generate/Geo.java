package io.omniroute.generate;

/**
 * Great-circle distance on the same sphere the engine uses, so generated zones agree with sourcing.
 *
 * <p>The generate package uses StrictMath for transcendental functions: Math may differ in the last bit between
 * JVMs and CPUs, and one flipped comparison would change a seed's files on another machine.
 */
final class Geo {

    static final double EARTH_RADIUS_KM = 6371.0;
    static final double KM_PER_DEGREE_LAT = Math.PI * EARTH_RADIUS_KM / 180.0;

    private Geo() {
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double sinLat = StrictMath.sin(dLat / 2);
        double sinLon = StrictMath.sin(dLon / 2);
        double cosProduct = StrictMath.cos(Math.toRadians(lat1)) * StrictMath.cos(Math.toRadians(lat2));
        double a = sinLat * sinLat + cosProduct * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(Math.min(1.0, Math.sqrt(a)));
    }

    static double kmPerDegreeLon(double lat) {
        return KM_PER_DEGREE_LAT * Math.max(0.01, StrictMath.cos(Math.toRadians(lat)));
    }

    /** Rounds to 5 decimals (about a metre): enough for a map, and it keeps files short and stable. */
    static double round5(double degrees) {
        return Math.round(degrees * 100_000.0) / 100_000.0;
    }
}
