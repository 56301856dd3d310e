package io.omniroute.engine.whatif;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The order-by-order comparison behind {@link DecisionDiff}, on the primitive arrays of two runs. */
final class DecisionMatch {

    private DecisionMatch() {
    }

    /**
     * For each baseline order, its index in the variant, or -1. Runs of the same orders list them in the same
     * processing order, so the common case needs no map.
     */
    static int[] variantIndexOf(Decisions baseline, Decisions variant) {
        int[] match = new int[baseline.size()];
        if (sameOrders(baseline, variant)) {
            for (int i = 0; i < match.length; i++) {
                match[i] = i;
            }
            return match;
        }
        Map<String, Integer> index = DecisionDiff.indexById(variant);
        for (int i = 0; i < match.length; i++) {
            match[i] = index.getOrDefault(baseline.orderId(i), -1);
        }
        return match;
    }

    private static boolean sameOrders(Decisions baseline, Decisions variant) {
        if (baseline.size() != variant.size()) {
            return false;
        }
        for (int i = 0; i < baseline.size(); i++) {
            if (!baseline.orderId(i).equals(variant.orderId(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The baseline's index of each variant node, so node sets compare as ints; a node only the variant has gets an
     * index past the baseline's nodes.
     */
    static int[] nodeMap(Decisions baseline, Decisions variant) {
        List<String> baseNodes = baseline.nodeIdList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < baseNodes.size(); i++) {
            index.put(baseNodes.get(i), i);
        }
        List<String> variantNodes = variant.nodeIdList();
        int[] map = new int[variantNodes.size()];
        for (int v = 0; v < map.length; v++) {
            map[v] = index.getOrDefault(variantNodes.get(v), baseNodes.size() + v);
        }
        return map;
    }

    /** Whether the map keeps node order, as closing, opening and adding nodes do: then no sorting is needed. */
    static boolean ascending(int[] nodeMap) {
        for (int v = 1; v < nodeMap.length; v++) {
            if (nodeMap[v] <= nodeMap[v - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The ChangeKind bits of one order decided by both runs; 0 when nothing differs. */
    static int compare(Decisions a, int i, Decisions b, int j, int[] nodeMap, boolean ascending) {
        int bits = 0;
        if (!sameNodes(a, i, b, j, nodeMap, ascending)) {
            bits |= DecisionDiff.bit(ChangeKind.NODES_CHANGED);
        }
        if (a.shipments(i) != b.shipments(j)) {
            bits |= DecisionDiff.bit(ChangeKind.SPLIT_CHANGED);
        }
        double delta = b.cost(j) - a.cost(i);
        if (delta > DecisionDiff.COST_TOLERANCE) {
            bits |= DecisionDiff.bit(ChangeKind.COST_UP);
        } else if (delta < -DecisionDiff.COST_TOLERANCE) {
            bits |= DecisionDiff.bit(ChangeKind.COST_DOWN);
        }
        if (a.rawPromisedDays(i) != b.rawPromisedDays(j)) {
            bits |= DecisionDiff.bit(ChangeKind.PROMISE_CHANGED);
        }
        bits |= fillBits(a.unitsFilled(i) == a.unitsOrdered(i), b.unitsFilled(j) == b.unitsOrdered(j),
                a.unitsFilled(i) != b.unitsFilled(j));
        if (a.exceptionBits(i) != b.exceptionBits(j)) {
            bits |= DecisionDiff.bit(ChangeKind.EXCEPTIONS_CHANGED);
        }
        return bits;
    }

    private static int fillBits(boolean wasComplete, boolean isComplete, boolean filledDiffers) {
        if (wasComplete && !isComplete) {
            return DecisionDiff.bit(ChangeKind.NEWLY_UNFILLED);
        }
        if (!wasComplete && isComplete) {
            return DecisionDiff.bit(ChangeKind.NEWLY_FILLED);
        }
        return filledDiffers ? DecisionDiff.bit(ChangeKind.FILL_CHANGED) : 0;
    }

    private static boolean sameNodes(Decisions a, int i, Decisions b, int j, int[] nodeMap, boolean ascending) {
        int count = a.shipments(i);
        if (count != b.shipments(j)) {
            return false;
        }
        int from = a.nodeStart(i);
        int to = b.nodeStart(j);
        if (ascending) {
            for (int k = 0; k < count; k++) {
                if (a.node(from + k) != nodeMap[b.node(to + k)]) {
                    return false;
                }
            }
            return true;
        }
        int[] left = new int[count];
        int[] right = new int[count];
        for (int k = 0; k < count; k++) {
            left[k] = a.node(from + k);
            right[k] = nodeMap[b.node(to + k)];
        }
        Arrays.sort(right);
        return Arrays.equals(left, right);
    }
}
