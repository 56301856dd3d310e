package io.omniroute.generate;

import java.util.SplittableRandom;

/** Small random helpers shared by the planners, so each reads as the distribution it draws from. */
final class Draw {

    private Draw() {
    }

    static double between(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    /** Whole steps between low and high inclusive, e.g. capacities in multiples of 50. */
    static int steps(SplittableRandom rng, int low, int high, int step) {
        return low + step * rng.nextInt((high - low) / step + 1);
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    static double cents(double dollars) {
        return Math.round(dollars * 100.0) / 100.0;
    }

    /** A log-normal factor with median 1: demand noise is multiplicative. */
    static double noise(SplittableRandom rng, double sigma) {
        return StrictMath.exp(sigma * gaussian(rng));
    }

    static double gaussian(SplittableRandom rng) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
    }

    /** Index i with probability proportional to the gap before cumulative[i]; cumulative must be increasing. */
    static int fromCumulative(SplittableRandom rng, double[] cumulative) {
        double target = rng.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
