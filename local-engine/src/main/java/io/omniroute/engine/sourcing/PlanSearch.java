package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;

/**
 * Exact minimum-objective plan for one {@link OrderProblem}, by branch and bound over sets of shipping nodes
 * (docs/decisions/0001-exact-branch-and-bound.md).
 *
 * <p>{@link SetEvaluator} solves each set exactly; {@link SearchBounds} cuts the sets it need not see. Branching
 * picks the SKU the set cannot yet cover that the fewest reachable nodes hold, and tries each such node, then
 * "none of them". So every set of at most max_shipments nodes (and no more nodes than units) is evaluated or
 * bounded exactly once.
 */
final class PlanSearch {

    private static final double EPS = SetEvaluator.EPS;

    private final OrderProblem p;
    private final int groups;
    private final SearchBounds bounds;
    private final SetEvaluator evaluator;

    /** Candidates in the order the search tries them; only the first {@link #activeCount} may ever be used. */
    private final int[] order;
    private int activeCount;

    private final int[] chosen;
    private final boolean[] isChosen;
    private int depth;
    private double fixedSum;
    private double extraSum;
    /** Excluded from the current subtree (or chosen: a chosen node is never picked twice). */
    private final boolean[] excluded;
    /** Units of each group the chosen and the not-excluded nodes hold. */
    private final int[] coverable;

    PlanSearch(OrderProblem problem) {
        this.p = problem;
        this.groups = problem.groups;
        // Every shipping node carries at least one unit, so a plan never has more shipments than units.
        int maxSet = Math.min(Math.min(problem.maxShipments, problem.totalUnits()), Math.max(1, problem.candidates));
        bounds = new SearchBounds(problem);
        evaluator = new SetEvaluator(problem, maxSet);
        chosen = new int[maxSet];
        isChosen = new boolean[problem.candidates];
        excluded = new boolean[problem.candidates];
        order = new int[problem.candidates];
        coverable = new int[groups];
        for (int c = 0; c < problem.candidates; c++) {
            adjustCoverable(c, +1);
        }
    }

    /** Searches every plan; afterwards {@link #best()} is the optimum (the empty plan when nothing helps). */
    PlanSearch solve() {
        evaluator.reset(p.unfilledPenalty * p.totalUnits(), -1);
        return search(-1);
    }

    /**
     * Searches only plans that ship at least one unit and never from {@code candidate}; afterwards {@link #best()}
     * is infinite and {@link #bestCount()} 0 when no such plan exists.
     */
    PlanSearch solveWithout(int candidate) {
        evaluator.reset(Double.POSITIVE_INFINITY, -1);
        excluded[candidate] = true;
        adjustCoverable(candidate, -1);
        return search(candidate);
    }

    private PlanSearch search(int banned) {
        double[] single = bounds.singleNodeBounds();
        int first = -1;
        for (int c = 0; c < p.candidates; c++) {
            if (c != banned && (first < 0 || single[c] < single[first])) {
                first = c;
            }
        }
        int active = 0;
        if (first >= 0) {
            tryAlone(first);
            order[active++] = first;
        }
        // Nodes whose bound cannot beat that plan can be in no better plan: they leave the search for good.
        int promising = active;
        for (int c = 0; c < p.candidates; c++) {
            if (c == first || c == banned) {
                continue;
            }
            if (bounds.withNode(c) >= best() - EPS) {
                excluded[c] = true;
                adjustCoverable(c, -1);
            } else {
                order[active++] = c;
            }
        }
        IndexSort.byKey(order, active, single);
        activeCount = active;
        // The promising ones alone, cheapest bound first, make a strong bound before the search starts.
        for (int i = 0; i < active && single[order[i]] < best() - EPS; i++) {
            if (order[i] != first) {
                tryAlone(order[i]);
            }
        }
        search();
        return this;
    }

    /** Searches only plans in which {@code candidate} ships at least one unit. */
    PlanSearch solveWith(int candidate) {
        evaluator.reset(Double.POSITIVE_INFINITY, candidate);
        for (int c = 0; c < p.candidates; c++) {
            order[c] = c;
        }
        IndexSort.byKey(order, p.candidates, p.candFixed);
        activeCount = p.candidates;
        push(candidate);
        excluded[candidate] = true;
        evaluator.evaluate(chosen, depth);
        search();
        return this;
    }

    private void tryAlone(int c) {
        push(c);
        evaluator.evaluate(chosen, depth);
        pop();
    }

    double best() {
        return evaluator.best();
    }

    int bestCount() {
        return evaluator.bestCount();
    }

    int bestCandidate(int i) {
        return evaluator.bestCandidate(i);
    }

    CarrierService bestService(int i) {
        return evaluator.bestService(i);
    }

    int bestUnits(int i, int group) {
        return evaluator.bestUnits(i, group);
    }

    private void search() {
        if (depth == chosen.length) {
            return;
        }
        double base = fixedSum + p.splitPenalty * depth;
        if (base + bounds.minFixedWithExtra() + extraSum + bounds.cheapestUnits(coverable) >= best() - EPS) {
            return;
        }
        int branchGroup = mostConstrainedShortGroup();
        int[] branch = new int[activeCount];
        int count = 0;
        for (int k = 0; k < activeCount; k++) {
            int c = order[k];
            if (!excluded[c] && (branchGroup < 0 || p.candAtp[c * groups + branchGroup] > 0)) {
                branch[count++] = c;
            }
        }
        double relaxed = Double.NaN;
        boolean relaxedStale = true;
        boolean firstRelaxation = true;
        boolean cut = false;
        int processed = 0;
        for (int i = 0; i < count; i++) {
            int c = branch[i];
            double childBase = base + p.candFixed[c];
            boolean worthIt = childBase + extraSum + bounds.extra(c) + bounds.cheapestUnits(coverable) < best() - EPS;
            if (worthIt && relaxedStale) {
                relaxed = bounds.relaxedUnits(excluded, isChosen, order, activeCount);
                relaxedStale = false;
                if (firstRelaxation && base + bounds.minFixed() + relaxed >= best() - EPS) {
                    // No extension of the current set, by these nodes or any other, can win.
                    cut = true;
                    break;
                }
                firstRelaxation = false;
            }
            if (worthIt && childBase + relaxed < best() - EPS) {
                push(c);
                excluded[c] = true;
                evaluator.evaluate(chosen, depth);
                search();
                pop();
                relaxedStale = true;
            } else {
                excluded[c] = true;
                relaxedStale |= bounds.usedByRelaxation(c);
            }
            // From here on the subtree excludes c: its stock no longer counts as coverable.
            adjustCoverable(c, -1);
            processed++;
        }
        if (!cut && branchGroup >= 0 && count > 0) {
            search();
        }
        for (int i = 0; i < processed; i++) {
            excluded[branch[i]] = false;
            adjustCoverable(branch[i], +1);
        }
    }

    /** A SKU the chosen nodes cannot fill that some reachable node holds; the one with the fewest such nodes. */
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
            for (int k = 0; k < activeCount; k++) {
                int c = order[k];
                if (!excluded[c] && p.candAtp[c * groups + g] > 0) {
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

    private void push(int c) {
        chosen[depth++] = c;
        isChosen[c] = true;
        fixedSum += p.candFixed[c];
        extraSum += bounds.extra(c);
    }

    private void pop() {
        depth--;
        int c = chosen[depth];
        isChosen[c] = false;
        fixedSum -= p.candFixed[c];
        extraSum -= bounds.extra(c);
    }

    private void adjustCoverable(int c, int sign) {
        for (int g = 0; g < groups; g++) {
            coverable[g] += sign * p.candAtp[c * groups + g];
        }
    }
}
