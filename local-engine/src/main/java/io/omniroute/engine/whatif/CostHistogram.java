package io.omniroute.engine.whatif;

import java.util.Arrays;

/**
 * Orders by cost in both runs, on shared bins of a round width from 0; the last bin is open-ended, so the 1% of
 * dearest orders cannot stretch the scale. Orders that ship nothing are left out.
 */
public final class CostHistogram {

    private static final double[] NICE_STEPS = {1, 2, 2.5, 5, 10};

    private final double width;
    private final long[] baseline;
    private final long[] variant;

    private CostHistogram(double width, long[] baseline, long[] variant) {
        this.width = width;
        this.baseline = baseline;
        this.variant = variant;
    }

    /** At most {@code maxBins} bins (at least 2) reaching the 99th percentile of both runs' order costs. */
    public static CostHistogram of(Decisions baseline, Decisions variant, int maxBins) {
        if (maxBins < 2) {
            throw new IllegalArgumentException("a cost histogram needs at least 2 bins, was asked for " + maxBins);
        }
        double[] costs = shippedCosts(baseline, variant);
        double top = costs.length == 0 ? 1 : costs[(int) Math.min(costs.length - 1L, (long) (costs.length * 0.99))];
        double width = niceWidth(top / (maxBins - 1));
        int bins = (int) Math.min(maxBins, Math.floor(top / width) + 2);
        return new CostHistogram(width, count(baseline, width, bins), count(variant, width, bins));
    }

    public int bins() {
        return baseline.length;
    }

    public double lowerBound(int bin) {
        return bin * width;
    }

    /** The bin's exclusive upper bound; infinite for the last bin. */
    public double upperBound(int bin) {
        return bin == bins() - 1 ? Double.POSITIVE_INFINITY : (bin + 1) * width;
    }

    public long baselineCount(int bin) {
        return baseline[bin];
    }

    public long variantCount(int bin) {
        return variant[bin];
    }

    private static double[] shippedCosts(Decisions a, Decisions b) {
        double[] costs = new double[a.size() + b.size()];
        int n = 0;
        for (Decisions run : new Decisions[] {a, b}) {
            for (int i = 0; i < run.size(); i++) {
                if (run.shipments(i) > 0) {
                    costs[n++] = run.cost(i);
                }
            }
        }
        costs = Arrays.copyOf(costs, n);
        Arrays.sort(costs);
        return costs;
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code raw}. */
    static double niceWidth(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : NICE_STEPS) {
            if (step * power >= raw * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static long[] count(Decisions run, double width, int bins) {
        long[] counts = new long[bins];
        for (int i = 0; i < run.size(); i++) {
            if (run.shipments(i) > 0) {
                counts[(int) Math.min(bins - 1, Math.floor(run.cost(i) / width))]++;
            }
        }
        return counts;
    }
}
