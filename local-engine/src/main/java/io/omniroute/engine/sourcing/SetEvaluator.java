package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import java.util.Arrays;

/**
 * The exact optimum over one set of shipping nodes, and the best plan found so far.
 *
 * <p>For a fixed set and a fixed service per node the objective is linear and separable by SKU, so filling each
 * SKU from its cheapest units first is optimal. Trying every combination of the nodes' envelope services makes the
 * result exact for the set. A node the fill leaves empty drops out of the recorded plan, which only makes it
 * cheaper.
 */
final class SetEvaluator {

    static final double EPS = 1e-9;

    private final OrderProblem p;
    private final int groups;
    private final int[] service;
    private final int[] units;
    private final int[] nodeOrder;
    private int[] chosen;
    private int depth;
    /** A candidate that must ship at least one unit, or -1. */
    private int forced = -1;

    private double best;
    private int bestCount;
    private final int[] bestCandidates;
    private final CarrierService[] bestServices;
    private final int[] bestUnits;

    SetEvaluator(OrderProblem problem, int maxSetSize) {
        this.p = problem;
        this.groups = problem.groups;
        service = new int[maxSetSize];
        units = new int[maxSetSize * groups];
        nodeOrder = new int[maxSetSize];
        bestCandidates = new int[maxSetSize];
        bestServices = new CarrierService[maxSetSize];
        bestUnits = new int[maxSetSize * groups];
    }

    /** Starts over with {@code bound} as the objective to beat; the empty plan when it is finite. */
    void reset(double bound, int forcedCandidate) {
        best = bound;
        bestCount = 0;
        forced = forcedCandidate;
    }

    double best() {
        return best;
    }

    int bestCount() {
        return bestCount;
    }

    int bestCandidate(int i) {
        return bestCandidates[i];
    }

    CarrierService bestService(int i) {
        return bestServices[i];
    }

    int bestUnits(int i, int group) {
        return bestUnits[i * groups + group];
    }

    /** Evaluates {@code set[0..size)}, recording the plan when it beats the best so far. */
    void evaluate(int[] set, int size) {
        chosen = set;
        depth = size;
        Arrays.fill(service, 0, depth, 0);
        while (true) {
            evaluateServices();
            int i = 0;
            while (i < depth && ++service[i] == p.candServices[chosen[i]].length) {
                service[i] = 0;
                i++;
            }
            if (i == depth) {
                return;
            }
        }
    }

    private void evaluateServices() {
        double objective = 0;
        for (int g = 0; g < groups; g++) {
            objective += fillGroup(g);
        }
        if (forced >= 0 && !forcedShips()) {
            double change = cheapestForcedUnit();
            if (Double.isInfinite(change)) {
                return;
            }
            objective += change;
        }
        int shipping = 0;
        for (int i = 0; i < depth; i++) {
            int c = chosen[i];
            int nodeUnits = 0;
            double weight = 0;
            for (int g = 0; g < groups; g++) {
                nodeUnits += units[i * groups + g];
                weight += units[i * groups + g] * p.groupWeight[g];
            }
            if (nodeUnits > 0) {
                CarrierService s = p.candServices[c][service[i]];
                objective += p.candHandling[c] + s.baseRate() + s.perKg() * weight + p.candPick[c] * nodeUnits;
                shipping++;
            }
        }
        if (shipping > 1) {
            objective += p.splitPenalty * (shipping - 1);
        }
        if (objective < best - EPS) {
            record(objective);
        }
    }

    /** Fills one SKU group from the set, cheapest unit first; returns the unfilled penalty it leaves. */
    private double fillGroup(int g) {
        for (int i = 0; i < depth; i++) {
            nodeOrder[i] = i;
            units[i * groups + g] = 0;
        }
        for (int i = 1; i < depth; i++) {
            int current = nodeOrder[i];
            double cost = unitCost(current, g);
            int j = i - 1;
            while (j >= 0 && unitCost(nodeOrder[j], g) > cost) {
                nodeOrder[j + 1] = nodeOrder[j];
                j--;
            }
            nodeOrder[j + 1] = current;
        }
        int remaining = p.groupQty[g];
        for (int k = 0; k < depth && remaining > 0; k++) {
            int i = nodeOrder[k];
            if (unitCost(i, g) > p.unfilledPenalty) {
                break;
            }
            int take = Math.min(remaining, p.candAtp[chosen[i] * groups + g]);
            units[i * groups + g] = take;
            remaining -= take;
        }
        return remaining * p.unfilledPenalty;
    }

    private double unitCost(int i, int g) {
        int c = chosen[i];
        return p.candPick[c] + p.candServices[c][service[i]].perKg() * p.groupWeight[g];
    }

    private boolean forcedShips() {
        int i = indexOfChosen(forced);
        for (int g = 0; g < groups; g++) {
            if (units[i * groups + g] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The greedy fill left the forced node empty; the cheapest way to give it one unit is, in some group it
     * holds, to take an unfilled unit or the dearest unit another node ships. Returns the change in unfilled
     * penalty, or infinity when the node cannot ship anything.
     */
    private double cheapestForcedUnit() {
        int f = indexOfChosen(forced);
        double bestDelta = Double.POSITIVE_INFINITY;
        int bestGroup = -1;
        int bestDonor = -1;
        for (int g = 0; g < groups; g++) {
            if (p.candAtp[forced * groups + g] <= 0) {
                continue;
            }
            int filled = 0;
            int donor = -1;
            double donorCost = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < depth; i++) {
                int u = units[i * groups + g];
                filled += u;
                if (u > 0 && unitCost(i, g) > donorCost) {
                    donorCost = unitCost(i, g);
                    donor = i;
                }
            }
            boolean fromUnfilled = filled < p.groupQty[g];
            double delta = unitCost(f, g) - (fromUnfilled ? p.unfilledPenalty : donorCost);
            if (delta < bestDelta) {
                bestDelta = delta;
                bestGroup = g;
                bestDonor = fromUnfilled ? -1 : donor;
            }
        }
        if (bestGroup < 0) {
            return Double.POSITIVE_INFINITY;
        }
        units[f * groups + bestGroup] = 1;
        if (bestDonor >= 0) {
            units[bestDonor * groups + bestGroup]--;
            return 0;
        }
        // The caller prices units from the units array; only the penalty for the unit now filled changes here.
        return -p.unfilledPenalty;
    }

    private int indexOfChosen(int c) {
        for (int i = 0; i < depth; i++) {
            if (chosen[i] == c) {
                return i;
            }
        }
        throw new IllegalStateException("candidate " + c + " is not in the plan");
    }

    private void record(double objective) {
        best = objective;
        bestCount = 0;
        for (int i = 0; i < depth; i++) {
            int nodeUnits = 0;
            for (int g = 0; g < groups; g++) {
                nodeUnits += units[i * groups + g];
            }
            if (nodeUnits == 0) {
                continue;
            }
            bestCandidates[bestCount] = chosen[i];
            bestServices[bestCount] = p.candServices[chosen[i]][service[i]];
            System.arraycopy(units, i * groups, bestUnits, bestCount * groups, groups);
            bestCount++;
        }
    }
}
