package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import java.util.Arrays;

/**
 * Exact minimum-objective plan for one {@link OrderProblem}, by branch and bound over sets of shipping nodes.
 *
 * <p>For a fixed set of nodes and a fixed carrier service per node, the objective is linear and separable by
 * SKU, so filling each SKU from its cheapest units first is optimal; the search enumerates the services on each
 * node's lower envelope and the node sets. Every set not evaluated is cut by a valid lower bound: fixed costs of
 * the nodes already in it, the split penalty, the cheapest fixed cost of one more node, and each unit at the
 * cheapest unit cost anywhere (or the unfilled penalty for units no remaining node can cover). Branching picks a
 * SKU the set cannot yet cover and tries each node holding it, then "none of them", so every set of at most
 * max_shipments nodes is reached or bounded exactly once. Costs are non-negative (the rules forbid negative
 * biases), which is what makes one shipment per node and these bounds valid.
 */
final class PlanSearch {

    private static final double EPS = 1e-9;

    private final OrderProblem p;
    private final int groups;
    private final double[] minUnitCost;
    private final double minFixed;
    /** Per candidate, a per-kg rate that with the cheapest base rate bounds its carrier cost from below. */
    private final double[] perKgBound;
    /** The cheapest fixed cost plus extra of any candidate; pairs with the extras bound only. */
    private final double minFixedWithExtra;
    /** For each candidate: how much more than the cheapest unit anywhere its own cheapest unit costs. */
    private final double[] extra;
    private double extraSum;
    private final int[] sortedCandidates;
    /** How many entries of {@link #sortedCandidates} the search may use; the rest were proven useless. */
    private int activeCandidates;

    private final int[] chosen;
    private int depth;
    private double fixedSum;
    private final boolean[] unavailable;
    private final boolean[] isChosen;
    /** Per SKU group, the candidates holding it in ascending order of their cheapest unit cost. */
    private int[][] byUnitCost;
    private double[][] unitCostOf;
    /** The candidates whose units the last relaxation used; excluding another leaves it unchanged. */
    private final int[] relaxedUsers;
    private int relaxedUserCount;
    private final int[] coverable;
    private int forced = -1;

    private final int[] service;
    private final int[] units;
    private final int[] nodeOrder;

    private double best;
    private int bestCount;
    private final int[] bestCandidates;
    private final CarrierService[] bestServices;
    private final int[] bestUnits;

    PlanSearch(OrderProblem problem) {
        this.p = problem;
        this.groups = problem.groups;
        // Every shipping node carries at least one unit, so a plan never has more shipments than units.
        int maxShip = Math.min(Math.min(problem.maxShipments, problem.totalUnits()), Math.max(1, problem.candidates));
        chosen = new int[maxShip];
        service = new int[maxShip];
        units = new int[maxShip * groups];
        nodeOrder = new int[maxShip];
        bestCandidates = new int[maxShip];
        bestServices = new CarrierService[maxShip];
        bestUnits = new int[maxShip * groups];
        unavailable = new boolean[problem.candidates];
        coverable = new int[groups];
        perKgBound = chordSlopes(problem);
        minUnitCost = new double[groups];
        Arrays.fill(minUnitCost, problem.unfilledPenalty);
        double fixed = Double.POSITIVE_INFINITY;
        for (int c = 0; c < problem.candidates; c++) {
            fixed = Math.min(fixed, problem.candFixed[c]);
            for (int g = 0; g < groups; g++) {
                if (problem.candAtp[c * groups + g] > 0) {
                    coverable[g] += problem.candAtp[c * groups + g];
                    double unit = problem.candPick[c] + perKgBound[c] * problem.groupWeight[g];
                    minUnitCost[g] = Math.min(minUnitCost[g], unit);
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
                    double unit = problem.candPick[c] + perKgBound[c] * problem.groupWeight[g];
                    least = Math.min(least, unit - minUnitCost[g]);
                }
            }
            extra[c] = least;
            fixedWithExtra = Math.min(fixedWithExtra, problem.candFixed[c] + least);
        }
        minFixedWithExtra = fixedWithExtra;
        isChosen = new boolean[problem.candidates];
        relaxedUsers = new int[problem.totalUnits()];
        sortedCandidates = new int[problem.candidates];
    }

    /**
     * A node's carrier rate is the minimum of its services' lines, a concave function of weight, so it lies above
     * its chord from weight 0 to the heaviest load the node could ship for this order: cheapest base rate plus
     * the chord's slope per kg is a lower bound, exact for a node with one service.
     */
    private static double[] chordSlopes(OrderProblem problem) {
        double[] slope = new double[problem.candidates];
        for (int c = 0; c < problem.candidates; c++) {
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
            for (CarrierService service : problem.candServices[c]) {
                atZero = Math.min(atZero, service.baseRate());
                atHeaviest = Math.min(atHeaviest, service.baseRate() + service.perKg() * heaviest);
            }
            slope[c] = (atHeaviest - atZero) / heaviest;
        }
        return slope;
    }

    /** Searches every plan; afterwards {@link #best()} is the optimum (the empty plan when nothing helps). */
    PlanSearch solve() {
        best = p.unfilledPenalty * p.totalUnits();
        bestCount = 0;
        double[] single = singleNodeLowerBounds();
        int first = -1;
        for (int c = 0; c < p.candidates; c++) {
            if (first < 0 || single[c] < single[first]) {
                first = c;
            }
        }
        if (first >= 0) {
            push(first);
            evaluate();
            pop();
        }
        // A plan using node c costs at least its fixed cost and extra plus every unit at the cheapest unit cost
        // anywhere; nodes whose bound cannot beat the plan found are left out of the search altogether.
        double allUnits = 0;
        for (int g = 0; g < groups; g++) {
            allUnits += p.groupQty[g] * minUnitCost[g];
        }
        int promising = 0;
        for (int c = 0; c < p.candidates; c++) {
            if (c == first) {
                continue;
            }
            if (p.candFixed[c] + extra[c] + allUnits >= best - EPS) {
                unavailable[c] = true;
                adjustCoverable(c, -1);
            } else {
                sortedCandidates[promising++] = c;
            }
        }
        IndexSort.byKey(sortedCandidates, promising, single);
        int active = promising;
        if (first >= 0) {
            System.arraycopy(sortedCandidates, 0, sortedCandidates, 1, promising);
            sortedCandidates[0] = first;
            active++;
        }
        activeCandidates = active;
        for (int i = first >= 0 ? 1 : 0; i < active; i++) {
            int c = sortedCandidates[i];
            if (single[c] >= best - EPS) {
                break;
            }
            push(c);
            evaluate();
            pop();
        }
        search();
        return this;
    }

    /**
     * A lower bound of each node's best plan shipping alone: its fixed cost and every unit it holds at its
     * cheapest unit cost, the rest at the unfilled penalty. Exact when the node has one feasible service.
     */
    private double[] singleNodeLowerBounds() {
        double[] bound = new double[p.candidates];
        for (int c = 0; c < p.candidates; c++) {
            double total = p.candFixed[c];
            for (int g = 0; g < groups; g++) {
                int qty = p.groupQty[g];
                int held = Math.min(qty, p.candAtp[c * groups + g]);
                double unit = p.candPick[c] + perKgBound[c] * p.groupWeight[g];
                total += held * Math.min(unit, p.unfilledPenalty) + (qty - held) * p.unfilledPenalty;
            }
            bound[c] = total;
        }
        return bound;
    }

    /** Searches only plans in which {@code candidate} ships at least one unit. */
    PlanSearch solveWith(int candidate) {
        best = Double.POSITIVE_INFINITY;
        bestCount = 0;
        forced = candidate;
        double[] single = new double[p.candidates];
        for (int c = 0; c < p.candidates; c++) {
            single[c] = p.candFixed[c];
        }
        sortByStandaloneObjective(single);
        activeCandidates = p.candidates;
        push(candidate);
        // Chosen for good: it stays counted in coverable, but no branch may pick it again.
        unavailable[candidate] = true;
        evaluate();
        search();
        return this;
    }

    private void sortByStandaloneObjective(double[] single) {
        for (int c = 0; c < p.candidates; c++) {
            sortedCandidates[c] = c;
        }
        IndexSort.byKey(sortedCandidates, p.candidates, single);
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

    private void search() {
        if (depth == chosen.length) {
            return;
        }
        double base = fixedSum + p.splitPenalty * depth;
        if (base + minFixedWithExtra + extraSum + unitLowerBound() >= best - EPS) {
            return;
        }
        double relaxed = Double.NaN;
        boolean relaxedStale = true;
        int branchGroup = mostConstrainedShortGroup();
        int[] branch = new int[p.candidates];
        int count = 0;
        for (int k = 0; k < activeCandidates; k++) {
            int c = sortedCandidates[k];
            if (!unavailable[c] && (branchGroup < 0 || p.candAtp[c * groups + branchGroup] > 0)) {
                branch[count++] = c;
            }
        }
        boolean entryChecked = false;
        boolean cut = false;
        int processed = 0;
        for (int i = 0; i < count; i++) {
            int c = branch[i];
            double childBase = base + p.candFixed[c];
            boolean worthIt = childBase + extraSum + extra[c] + unitLowerBound() < best - EPS;
            if (worthIt) {
                if (relaxedStale) {
                    relaxed = relaxedUnitCost();
                    relaxedStale = false;
                    if (!entryChecked && base + minFixed + relaxed >= best - EPS) {
                        // No extension of the current set, by these nodes or any other, can win.
                        cut = true;
                        break;
                    }
                    entryChecked = true;
                }
                worthIt = childBase + relaxed < best - EPS;
            }
            if (worthIt) {
                push(c);
                unavailable[c] = true;
                evaluate();
                search();
                pop();
                relaxedStale = true;
            } else {
                unavailable[c] = true;
                relaxedStale |= usedByRelaxation(c);
            }
            // From here on the subtree excludes c: its stock no longer counts as coverable.
            adjustCoverable(c, -1);
            processed++;
        }
        if (!cut && branchGroup >= 0 && count > 0) {
            search();
        }
        for (int i = 0; i < processed; i++) {
            markAvailable(branch[i]);
        }
    }

    /** A SKU the chosen nodes cannot fill that some available node holds; the one with the fewest such nodes. */
    private int mostConstrainedShortGroup() {
        int bestGroup = -1;
        int fewest = Integer.MAX_VALUE;
        for (int g = 0; g < groups; g++) {
            int covered = 0;
            for (int i = 0; i < depth; i++) {
                covered += p.candAtp[chosen[i] * groups + g];
            }
            if (covered >= p.groupQty[g]) {
                continue;
            }
            int holders = 0;
            for (int k = 0; k < activeCandidates; k++) {
                int c = sortedCandidates[k];
                if (!unavailable[c] && p.candAtp[c * groups + g] > 0) {
                    holders++;
                }
            }
            if (holders > 0 && holders < fewest) {
                fewest = holders;
                bestGroup = g;
            }
        }
        return bestGroup;
    }

    /** Sorts each group's active holders by unit cost, on first use: most orders never need the relaxation. */
    private void prepareRelaxation() {
        byUnitCost = new int[groups][];
        unitCostOf = new double[groups][];
        double[] cost = new double[p.candidates];
        int[] holders = new int[p.candidates];
        for (int g = 0; g < groups; g++) {
            int count = 0;
            // Only active candidates can be reachable at any point of this search.
            for (int k = 0; k < activeCandidates; k++) {
                int c = sortedCandidates[k];
                cost[c] = p.candPick[c] + perKgBound[c] * p.groupWeight[g];
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

    /**
     * The variable cost if units could come from any node still reachable (chosen or not excluded), cheapest
     * unit first within ATP, ignoring which set they form: a relaxation, so a lower bound.
     */
    private double relaxedUnitCost() {
        if (byUnitCost == null) {
            prepareRelaxation();
        }
        relaxedUserCount = 0;
        double total = 0;
        for (int g = 0; g < groups; g++) {
            int remaining = p.groupQty[g];
            int[] order = byUnitCost[g];
            for (int i = 0; i < order.length && remaining > 0; i++) {
                int c = order[i];
                if (unavailable[c] && !isChosen[c]) {
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

    private boolean usedByRelaxation(int c) {
        for (int i = 0; i < relaxedUserCount; i++) {
            if (relaxedUsers[i] == c) {
                return true;
            }
        }
        return false;
    }

    private double unitLowerBound() {
        double bound = 0;
        for (int g = 0; g < groups; g++) {
            int coveredUnits = Math.min(p.groupQty[g], coverable[g]);
            bound += coveredUnits * minUnitCost[g] + (p.groupQty[g] - coveredUnits) * p.unfilledPenalty;
        }
        return bound;
    }

    private void push(int c) {
        chosen[depth++] = c;
        isChosen[c] = true;
        fixedSum += p.candFixed[c];
        extraSum += extra[c];
    }

    private void pop() {
        depth--;
        isChosen[chosen[depth]] = false;
        fixedSum -= p.candFixed[chosen[depth]];
        extraSum -= extra[chosen[depth]];
    }

    private void markAvailable(int c) {
        unavailable[c] = false;
        adjustCoverable(c, +1);
    }

    private void adjustCoverable(int c, int sign) {
        for (int g = 0; g < groups; g++) {
            coverable[g] += sign * p.candAtp[c * groups + g];
        }
    }

    /** The exact optimum over the chosen node set, trying every combination of envelope services. */
    static long evaluations;

    private double evaluate() {
        evaluations++;
        Arrays.fill(service, 0, depth, 0);
        double bestHere = Double.POSITIVE_INFINITY;
        while (true) {
            bestHere = Math.min(bestHere, evaluateServices());
            int i = 0;
            while (i < depth && ++service[i] == p.candServices[chosen[i]].length) {
                service[i] = 0;
                i++;
            }
            if (i == depth) {
                return bestHere;
            }
        }
    }

    private double evaluateServices() {
        double objective = 0;
        for (int g = 0; g < groups; g++) {
            objective += fillGroup(g);
        }
        if (forced >= 0 && !forcedShips()) {
            double extra = cheapestForcedUnit();
            if (Double.isInfinite(extra)) {
                return extra;
            }
            objective += extra;
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
        return objective;
    }

    /** Fills one SKU group from the chosen nodes, cheapest unit first; returns the unfilled penalty it leaves. */
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
            double delta;
            int from;
            if (filled < p.groupQty[g]) {
                delta = unitCost(f, g) - p.unfilledPenalty;
                from = -1;
            } else {
                delta = unitCost(f, g) - donorCost;
                from = donor;
            }
            if (delta < bestDelta) {
                bestDelta = delta;
                bestGroup = g;
                bestDonor = from;
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
