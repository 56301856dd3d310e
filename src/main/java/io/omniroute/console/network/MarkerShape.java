package io.omniroute.console.network;

/**
 * The outline of each kind's marker, so shape as well as colour tells the kinds apart (for colour-blind users and
 * for print): vertices around (0, 0) for a marker of radius 1, or none for a circle. Shared by the map and the legend.
 */
final class MarkerShape {

    private static final double[] CIRCLE = {};
    private static final double[] SQUARE = {-0.85, -0.85, 0.85, -0.85, 0.85, 0.85, -0.85, 0.85};
    private static final double[] DIAMOND = {0, -1.2, 1.2, 0, 0, 1.2, -1.2, 0};
    private static final double[] TRIANGLE = {0, -1.25, 1.1, 0.8, -1.1, 0.8};
    private static final double[] HEXAGON = hexagon();

    private MarkerShape() {
    }

    /** x0, y0, x1, y1, ...; empty for a circle. A fresh copy: callers scale it in place. */
    static double[] vertices(NodeKind kind) {
        double[] shape = switch (kind) {
            case DC -> SQUARE;
            case DARK_STORE -> DIAMOND;
            case DROPSHIP_VENDOR -> TRIANGLE;
            case THREE_PL -> HEXAGON;
            case STORE, OTHER -> CIRCLE;
        };
        return shape.clone();
    }

    private static double[] hexagon() {
        double[] points = new double[12];
        for (int i = 0; i < 6; i++) {
            double angle = Math.PI / 3 * i;
            points[2 * i] = 1.05 * Math.cos(angle);
            points[2 * i + 1] = 1.05 * Math.sin(angle);
        }
        return points;
    }
}
