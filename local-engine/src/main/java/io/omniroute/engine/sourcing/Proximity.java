package io.omniroute.engine.sourcing;

/**
 * Distance tests without trigonometry on the hot path. The straight chord between two points on the sphere grows
 * with their great-circle distance, so "within D km" is "chord² ≤ chord(D)²" with chord(D) = 2 sin(D / 2R).
 * Within a hair of a threshold the exact haversine decides, so results match {@link GreatCircle} exactly. StrictMath
 * throughout, for the same machine-to-machine determinism.
 */
final class Proximity {

    private static final double GUARD = 1e-9;

    private Proximity() {
    }

    /** The squared chord, on the unit sphere, of a great-circle distance in km. */
    static double chordSq(double km) {
        if (Double.isInfinite(km)) {
            return Double.POSITIVE_INFINITY;
        }
        double half = Math.min(km / (2 * GreatCircle.EARTH_RADIUS_KM), Math.PI / 2);
        double chord = 2 * StrictMath.sin(half);
        return chord * chord;
    }

    /** Squared chords below this are within the limit whatever the rounding. */
    static double sureInside(double limitSq) {
        return limitSq == Double.POSITIVE_INFINITY ? limitSq : limitSq * (1 - GUARD);
    }

    /** Squared chords above this are beyond the limit whatever the rounding. */
    static double sureOutside(double limitSq) {
        return limitSq == Double.POSITIVE_INFINITY ? limitSq : limitSq * (1 + GUARD);
    }

    static double[] unitVector(double lat, double lon) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double cosPhi = StrictMath.cos(phi);
        return new double[] {cosPhi * StrictMath.cos(lambda), cosPhi * StrictMath.sin(lambda), StrictMath.sin(phi)};
    }

    static double chordSq(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }

    /** Whether the points are at most {@code km} apart; {@code limitSq} is {@code chordSq(km)}. */
    static boolean within(double chordSq, double limitSq, double km, double lat1, double lon1, double lat2,
            double lon2) {
        if (limitSq == Double.POSITIVE_INFINITY) {
            return true;
        }
        if (Math.abs(chordSq - limitSq) > GUARD * limitSq) {
            return chordSq < limitSq;
        }
        return GreatCircle.km(lat1, lon1, lat2, lon2) <= km;
    }
}
