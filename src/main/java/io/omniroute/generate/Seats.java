package io.omniroute.generate;

/**
 * Shares whole nodes among metros by population, the way parliaments share seats: a highest-averages method
 * gives every metro its fair share without rounding errors piling up on the largest one.
 */
final class Seats {

    private Seats() {
    }

    /**
     * @param divisorStep 1 for D'Hondt (favours large metros), 2 for Sainte-Laguë (spreads more evenly)
     * @return seats per weight; ties go to the lower index, so the result is reproducible
     */
    static int[] allocate(double[] weights, int seats, int divisorStep) {
        int[] won = new int[weights.length];
        for (int seat = 0; seat < seats; seat++) {
            int best = -1;
            double bestQuotient = -1;
            for (int i = 0; i < weights.length; i++) {
                double quotient = weights[i] / (1 + divisorStep * won[i]);
                if (quotient > bestQuotient) {
                    bestQuotient = quotient;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            won[best]++;
        }
        return won;
    }
}
