package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import java.util.Arrays;

/**
 * Lower bounds on the objective of any plan that extends a set of shipping nodes. Each is valid on its own;
 * the search takes the larger. Costs are non-negative (the rules forbid negative biases and penalties), which is
 * what makes them valid.
 *
 * <ul>
 *   <li><b>Extras bound:</b> each node's fixed cost (handling, bias, cheapest base rate), plus every unit at the
 *       cheapest unit cost anywhere (or the unfilled penalty for units no reachable node holds). Each shipping node
 *       carries at least one unit, so its "extra", how much its own cheapest unit exceeds the cheapest anywhere,
 *       is added once per node.</li>
 *   <li><b>Relaxation bound:</b> the fixed costs, plus the units filled from the reachable nodes cheapest first
 *       within their ATP, as if the nodes did not have to form a set.</li>
 * </ul>
 *
 * <p>A node's carrier rate is the minimum of its services' lines, a concave function of weight. So it lies above
 * its chord from weight 0 to the heaviest load the node could ship for this order: the cheapest base rate plus
 * the chord's slope per kg bounds it from below, exactly for a node with one service.
 */
final class SearchBounds {

    private final OrderProblem p;
    private final int groups;
    private final double[] perKgBound;
    private final double[] minUnitCost;
    private final double[] extra;
    private final double minFixed;
    private final double minFixedWithExtra;

    /** Per SKU group, the active holders in ascending order of their cheapest unit cost; built on first use. */
    private int[][] byUnitCost;
    private double[][] unitCostOf;
    /** The candidates whose units the last relaxation used; excluding another leaves it unchanged. */
    private final int[] relaxedUsers;
    private int relaxedUserCount;

    SearchBounds(OrderProblem problem) {
        this.p = problem;
        this.groups = problem.groups;
        perKgBound = chordSlopes(problem);
        minUnitCost = new double[groups];
        Arrays.fill(minUnitCost, problem.unfilledPenalty);
        double fixed = Double.POSITIVE_INFINITY;
        for (int c = 0; c < problem.candidates; c++) {
            fixed = Math.min(fixed, problem.candFixed[c]);
            for (int g = 0; g < groups; g++) {
                if (problem.candAtp[c * groups + g] > 0) {
                    minUnitCost[g] = Math.min(minUnitCost[g], unitCost(c, g));
                }
            }
        }
        minFixed = fixed;
        double fixedWithExtra = Double.POSITIVE_INFINITY;
        extra = new double[problem.candidates];
        for (int c = 0; c < problem.candidates; c++) {
            double least = Double.POSITIVE_INFINITY;
            for (int g = 0; g < groups; g++) {
                if (problem.candAtp[c * groups + g] > 0) {
                    least = Math.min(least, unitCost(c, g) - minUnitCost[g]);
                }
            }
            extra[c] = least;
            fixedWithExtra = Math.min(fixedWithExtra, problem.candFixed[c] + least);
        }
        minFixedWithExtra = fixedWithExtra;
        // One entry per (node, group) at most: sized by candidates, never by units, which may be many.
        relaxedUsers = new int[Math.max(1, problem.candidates * groups)];
    }

    private static double[] chordSlopes(OrderProblem problem) {
        double[] slope = new double[problem.candidates];
        for (int c = 0; c < problem.candidates; c++) {
            CarrierService[] services = problem.candServices[c];
            if (services.length == 1) {
                slope[c] = services[0].perKg();
                continue;
            }
            double heaviest = 0;
            for (int g = 0; g < problem.groups; g++) {
                heaviest += Math.min(problem.groupQty[g], problem.candAtp[c * problem.groups + g]) * problem.groupWeight[g];
            }
            if (heaviest <= 0) {
                slope[c] = problem.candMinPerKg[c];
                continue;
            }
            double atZero = Double.POSITIVE_INFINITY;
            double atHeaviest = Double.POSITIVE_INFINITY;
            for (CarrierService service : services) {
                atZero = Math.min(atZero, service.baseRate());
                atHeaviest = Math.min(atHeaviest, service.baseRate() + service.perKg() * heaviest);
            }
            slope[c] = (atHeaviest - atZero) / heaviest;
        }
        return slope;
    }

    /** A lower bound of one unit of group g shipped by candidate c, pick and carrier. */
    private double unitCost(int c, int g) {
        return p.candPick[c] + perKgBound[c] * p.groupWeight[g];
    }

    double extra(int c) {
        return extra[c];
    }

    double minFixed() {
        return minFixed;
    }

    double minFixedWithExtra() {
        return minFixedWithExtra;
    }

    /** Each node's plan shipping alone, bounded below; exact when the node has one feasible service. */
    double[] singleNodeBounds() {
        double[] bound = new double[p.candidates];
        for (int c = 0; c < p.candidates; c++) {
            double total = p.candFixed[c];
            for (int g = 0; g < groups; g++) {
                int qty = p.groupQty[g];
                int held = Math.min(qty, p.candAtp[c * groups + g]);
                total += held * Math.min(unitCost(c, g), p.unfilledPenalty) + (qty - held) * p.unfilledPenalty;
            }
            bound[c] = total;
        }
        return bound;
    }

    /** Any plan using candidate c costs at least this: its fixed cost and extra, every unit at the cheapest. */
    double withNode(int c) {
        double total = p.candFixed[c] + extra[c];
        for (int g = 0; g < groups; g++) {
            total += p.groupQty[g] * minUnitCost[g];
        }
        return total;
    }

    /** The unit part of the extras bound, given the units each group's reachable nodes can still cover. */
    double cheapestUnits(int[] coverable) {
        double bound = 0;
        for (int g = 0; g < groups; g++) {
            int coveredUnits = Math.min(p.groupQty[g], coverable[g]);
            bound += coveredUnits * minUnitCost[g] + (p.groupQty[g] - coveredUnits) * p.unfilledPenalty;
        }
        return bound;
    }

    /**
     * The unit part of the relaxation bound: units from any node still reachable (chosen, or not excluded),
     * cheapest first within ATP. {@code active[0..activeCount)} are all nodes the search may ever reach.
     */
    double relaxedUnits(boolean[] excluded, boolean[] chosen, int[] active, int activeCount) {
        if (byUnitCost == null) {
            sortHolders(active, activeCount);
        }
        relaxedUserCount = 0;
        double total = 0;
        for (int g = 0; g < groups; g++) {
            int remaining = p.groupQty[g];
            int[] order = byUnitCost[g];
            for (int i = 0; i < order.length && remaining > 0; i++) {
                int c = order[i];
                if (excluded[c] && !chosen[c]) {
                    continue;
                }
                double unit = unitCostOf[g][i];
                if (unit >= p.unfilledPenalty) {
                    break;
                }
                int take = Math.min(remaining, p.candAtp[c * groups + g]);
                total += take * unit;
                remaining -= take;
                relaxedUsers[relaxedUserCount++] = c;
            }
            total += remaining * p.unfilledPenalty;
        }
        return total;
    }

    /** Whether the last relaxation drew units from c, so that excluding c can raise it. */
    boolean usedByRelaxation(int c) {
        for (int i = 0; i < relaxedUserCount; i++) {
            if (relaxedUsers[i] == c) {
                return true;
            }
        }
        return false;
    }

    private void sortHolders(int[] active, int activeCount) {
        byUnitCost = new int[groups][];
        unitCostOf = new double[groups][];
        double[] cost = new double[p.candidates];
        int[] holders = new int[activeCount];
        for (int g = 0; g < groups; g++) {
            int count = 0;
            for (int k = 0; k < activeCount; k++) {
                int c = active[k];
                cost[c] = unitCost(c, g);
                if (p.candAtp[c * groups + g] > 0) {
                    holders[count++] = c;
                }
            }
            IndexSort.byKey(holders, count, cost);
            byUnitCost[g] = Arrays.copyOf(holders, count);
            unitCostOf[g] = new double[count];
            for (int i = 0; i < count; i++) {
                unitCostOf[g][i] = cost[holders[i]];
            }
        }
    }
}
