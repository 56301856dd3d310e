package io.omniroute.engine.sourcing;

/**
 * Great-circle distance by the haversine formula, as the scenario format defines zones. StrictMath, not Math: Math
 * may differ in the last bit between JVMs and processors, and one flipped zone comparison would change a
 * decision, so results would not be byte-identical from machine to machine.
 */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double sinPhi = StrictMath.sin(dPhi / 2);
        double sinLambda = StrictMath.sin(dLambda / 2);
        double a = sinPhi * sinPhi + StrictMath.cos(phi1) * StrictMath.cos(phi2) * sinLambda * sinLambda;
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
