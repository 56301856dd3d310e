package io.omniroute.console.network;

/**
 * One Albers conic equal-area projection, computed as d3-geo's {@code geoConicEqualArea} does (rotate, centre,
 * parallels, scale, translate), so the composite in {@link AlbersUsaProjection} can reuse d3's proven inset numbers.
 * Output is in map units with y downward.
 */
final class ConicEqualArea {

    private final double n;
    private final double c;
    private final double r0;
    private final double rotate;
    private final double scale;
    private final double originX;
    private final double originY;

    /**
     * @param rotateDegrees added to every longitude before projecting (d3's {@code rotate([λ, 0])})
     * @param centerLon     the rotated longitude that lands on the translate point
     * @param centerLat     the latitude that lands on the translate point
     */
    ConicEqualArea(double rotateDegrees, double centerLon, double centerLat, double parallel1, double parallel2,
            double scale, double translateX, double translateY) {
        double sin1 = Math.sin(Math.toRadians(parallel1));
        this.n = (sin1 + Math.sin(Math.toRadians(parallel2))) / 2;
        if (Math.abs(n) < 1e-6) {
            throw new IllegalArgumentException("parallels " + parallel1 + " and " + parallel2
                    + " are symmetric about the equator: a conic projection needs them on one side");
        }
        this.c = 1 + sin1 * (2 * n - sin1);
        this.r0 = Math.sqrt(c) / n;
        this.rotate = Math.toRadians(rotateDegrees);
        this.scale = scale;
        double centerLambda = Math.toRadians(centerLon);
        double centerRadius = radius(Math.toRadians(centerLat));
        this.originX = translateX - scale * centerRadius * Math.sin(n * centerLambda);
        this.originY = translateY + scale * (r0 - centerRadius * Math.cos(n * centerLambda));
    }

    MapPoint project(double lon, double lat) {
        double lambda = wrap(Math.toRadians(lon) + rotate);
        double r = radius(Math.toRadians(lat));
        double angle = n * lambda;
        return new MapPoint(originX + scale * r * Math.sin(angle), originY - scale * (r0 - r * Math.cos(angle)));
    }

    private double radius(double phi) {
        return Math.sqrt(Math.max(0, c - 2 * n * Math.sin(phi))) / n;
    }

    /** Keeps a rotated longitude within ±π, so Alaska's Aleutians east of 180° stay beside the rest of it. */
    private static double wrap(double lambda) {
        if (lambda > Math.PI) {
            return lambda - 2 * Math.PI;
        }
        return lambda < -Math.PI ? lambda + 2 * Math.PI : lambda;
    }
}
