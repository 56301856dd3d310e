package io.omniroute.generate;

import java.util.SplittableRandom;

/**
 * The shape of an order: how many lines and how many units per line. The stock planner sizes inventory from the
 * same numbers, so depth follows demand.
 */
final class Basket {

    /** P(1 line) = 60%, 2 = 25%, 3 = 10%, 4..6 share the last 5%. */
    private static final double[] LINE_COUNT_CUMULATIVE = {0.60, 0.85, 0.95, 0.97, 0.985, 1.0};
    /** P(qty 1) = 82%, 2 = 12%, 3 = 4%, 4 = 2%. */
    private static final double[] QTY_CUMULATIVE = {0.82, 0.94, 0.98, 1.0};
    /** Nobody orders two sofas online: items this heavy always come one at a time. */
    static final double SINGLE_UNIT_KG = 10.0;

    static final double EXPECTED_LINES = expectation(LINE_COUNT_CUMULATIVE);
    static final double EXPECTED_QTY = expectation(QTY_CUMULATIVE);
    static final double EXPECTED_UNITS_PER_ORDER = EXPECTED_LINES * EXPECTED_QTY;

    private Basket() {
    }

    static int lineCount(SplittableRandom rng) {
        return 1 + Draw.fromCumulative(rng, LINE_COUNT_CUMULATIVE);
    }

    static int quantity(SplittableRandom rng, double weightKg) {
        int qty = 1 + Draw.fromCumulative(rng, QTY_CUMULATIVE);
        return weightKg >= SINGLE_UNIT_KG ? 1 : qty;
    }

    private static double expectation(double[] cumulative) {
        double mean = 0;
        double previous = 0;
        for (int i = 0; i < cumulative.length; i++) {
            mean += (i + 1) * (cumulative[i] - previous);
            previous = cumulative[i];
        }
        return mean;
    }
}
