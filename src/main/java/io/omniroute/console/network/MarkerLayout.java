package io.omniroute.console.network;

import java.util.List;
import java.util.Optional;

/**
 * The markers placed on screen for one transform: what the canvas draws, in that order (later on top), and what a
 * mouse position hits. Hit testing follows the drawing, so the marker the user sees on top is the one picked.
 */
public final class MarkerLayout {

    /** Extra pixels around a marker that still count as a hit: the smallest markers are only 7 px wide. */
    static final double SLOP = 3;

    private final List<MapMarker> markers;
    private final double[] xs;
    private final double[] ys;

    private MarkerLayout(List<MapMarker> markers, double[] xs, double[] ys) {
        this.markers = markers;
        this.xs = xs;
        this.ys = ys;
    }

    public static MarkerLayout place(List<MapMarker> markers, ScreenTransform transform) {
        List<MapMarker> placed = List.copyOf(markers);
        double[] xs = new double[placed.size()];
        double[] ys = new double[placed.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = transform.toScreenX(placed.get(i).x());
            ys[i] = transform.toScreenY(placed.get(i).y());
        }
        return new MarkerLayout(placed, xs, ys);
    }

    public int size() {
        return markers.size();
    }

    public MapMarker marker(int index) {
        return markers.get(index);
    }

    public double screenX(int index) {
        return xs[index];
    }

    public double screenY(int index) {
        return ys[index];
    }

    /**
     * The marker under the pixel: the topmost one the point is inside; failing that, the nearest one within
     * {@link #SLOP} of its edge.
     */
    public Optional<MapMarker> hit(double x, double y) {
        for (int i = xs.length - 1; i >= 0; i--) {
            double r = markers.get(i).radius();
            if (squaredDistance(i, x, y) <= r * r) {
                return Optional.of(markers.get(i));
            }
        }
        int nearest = -1;
        double best = Double.MAX_VALUE;
        for (int i = xs.length - 1; i >= 0; i--) {
            double gap = Math.sqrt(squaredDistance(i, x, y)) - markers.get(i).radius();
            if (gap <= SLOP && gap < best) {
                best = gap;
                nearest = i;
            }
        }
        return nearest < 0 ? Optional.empty() : Optional.of(markers.get(nearest));
    }

    private double squaredDistance(int i, double x, double y) {
        double dx = xs[i] - x;
        double dy = ys[i] - y;
        return dx * dx + dy * dy;
    }
}
