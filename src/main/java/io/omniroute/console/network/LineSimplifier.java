package io.omniroute.console.network;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Douglas-Peucker simplification of closed rings: drops points that move the outline less than a tolerance, so a
 * coastline drawn a few hundred pixels wide does not cost thousands of segments.
 */
final class LineSimplifier {

    private LineSimplifier() {
    }

    /**
     * The ring with only the points that matter at this tolerance (map units), first and last point kept; a ring
     * that collapses below a triangle comes back with fewer than 3 points, for the caller to drop.
     */
    static MapRing simplify(MapRing ring, double tolerance) {
        int n = ring.size();
        if (n <= 3) {
            return ring;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        // A closed ring starts and ends on one point, so split it at the point farthest from the start first:
        // otherwise every distance would be measured to a zero-length segment.
        int far = farthestFrom(ring, 0, n);
        keep[far] = true;
        Deque<int[]> spans = new ArrayDeque<>();
        spans.push(new int[] {0, far});
        spans.push(new int[] {far, n - 1});
        double limit = tolerance * tolerance;
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int split = -1;
            double worst = limit;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double distance = squaredDistanceToSegment(ring, i, span[0], span[1]);
                if (distance > worst) {
                    worst = distance;
                    split = i;
                }
            }
            if (split >= 0) {
                keep[split] = true;
                spans.push(new int[] {span[0], split});
                spans.push(new int[] {split, span[1]});
            }
        }
        return kept(ring, keep);
    }

    private static int farthestFrom(MapRing ring, int from, int n) {
        int far = 1;
        double best = -1;
        for (int i = 1; i < n - 1; i++) {
            double dx = ring.xs()[i] - ring.xs()[from];
            double dy = ring.ys()[i] - ring.ys()[from];
            if (dx * dx + dy * dy > best) {
                best = dx * dx + dy * dy;
                far = i;
            }
        }
        return far;
    }

    private static double squaredDistanceToSegment(MapRing ring, int p, int a, int b) {
        double ax = ring.xs()[a];
        double ay = ring.ys()[a];
        double dx = ring.xs()[b] - ax;
        double dy = ring.ys()[b] - ay;
        double px = ring.xs()[p] - ax;
        double py = ring.ys()[p] - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
        double ex = px - t * dx;
        double ey = py - t * dy;
        return ex * ex + ey * ey;
    }

    private static MapRing kept(MapRing ring, boolean[] keep) {
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        double[] xs = new double[count];
        double[] ys = new double[count];
        int j = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                xs[j] = ring.xs()[i];
                ys[j++] = ring.ys()[i];
            }
        }
        return new MapRing(xs, ys);
    }
}
