package io.omniroute.engine.whatif;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two runs compared order by order, matched by order id: which orders changed and how, with counts per kind.
 * Changed orders come in the baseline's processing order, then the orders only the variant has.
 */
public final class DecisionDiff {

    /** Costs closer than this are equal: they differ only by rounding in the sums. */
    static final double COST_TOLERANCE = 1e-6;

    private static final ChangeKind[] KINDS = ChangeKind.values();

    private final Decisions baseline;
    private final Decisions variant;
    private final long compared;
    private final int changed;
    private final int[] baseIndex;
    private final int[] variantIndex;
    private final int[] kinds;
    private final long[] counts = new long[KINDS.length];

    private DecisionDiff(Decisions baseline, Decisions variant) {
        this.baseline = baseline;
        this.variant = variant;
        int[] match = DecisionMatch.variantIndexOf(baseline, variant);
        int[] nodeMap = DecisionMatch.nodeMap(baseline, variant);
        boolean ascending = DecisionMatch.ascending(nodeMap);
        boolean[] matched = new boolean[variant.size()];
        Rows rows = new Rows();
        long both = 0;
        for (int b = 0; b < baseline.size(); b++) {
            int v = match[b];
            if (v < 0) {
                rows.add(b, -1, bit(ChangeKind.REMOVED));
            } else {
                matched[v] = true;
                both++;
                rows.add(b, v, DecisionMatch.compare(baseline, b, variant, v, nodeMap, ascending));
            }
        }
        for (int v = 0; v < variant.size(); v++) {
            if (!matched[v]) {
                rows.add(-1, v, bit(ChangeKind.ADDED));
            }
        }
        for (int i = 0; i < rows.size; i++) {
            for (ChangeKind kind : KINDS) {
                if ((rows.kinds[i] & bit(kind)) != 0) {
                    counts[kind.ordinal()]++;
                }
            }
        }
        this.compared = both;
        this.changed = rows.size;
        this.baseIndex = rows.base;
        this.variantIndex = rows.other;
        this.kinds = rows.kinds;
    }

    /** The changed orders as they are found: growable parallel arrays. */
    private static final class Rows {
        int[] base = new int[256];
        int[] other = new int[256];
        int[] kinds = new int[256];
        int size;

        void add(int baseIndex, int variantIndex, int mask) {
            if (mask == 0) {
                return;
            }
            if (size == base.length) {
                base = Arrays.copyOf(base, size * 2);
                other = Arrays.copyOf(other, size * 2);
                kinds = Arrays.copyOf(kinds, size * 2);
            }
            base[size] = baseIndex;
            other[size] = variantIndex;
            kinds[size++] = mask;
        }
    }

    public static DecisionDiff between(Decisions baseline, Decisions variant) {
        return new DecisionDiff(baseline, variant);
    }

    public static DecisionDiff between(RunResult baseline, RunResult variant) {
        return between(baseline.decisions(), variant.decisions());
    }

    /** Orders both runs decided. */
    public long comparedOrders() {
        return compared;
    }

    /** Orders that changed in any way, added and removed ones included. */
    public int changedOrders() {
        return changed;
    }

    public boolean isEmpty() {
        return changed == 0;
    }

    public long count(ChangeKind kind) {
        return counts[kind.ordinal()];
    }

    /** Changed orders per kind, every kind present; an order counts once for each of its kinds. */
    public Map<ChangeKind, Long> counts() {
        Map<ChangeKind, Long> all = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : KINDS) {
            all.put(kind, counts[kind.ordinal()]);
        }
        return all;
    }

    /** The changed orders; records are made as they are read, so a large diff costs little until used. */
    public List<OrderChange> changes() {
        return new AbstractList<>() {
            @Override
            public OrderChange get(int i) {
                return change(i);
            }

            @Override
            public int size() {
                return changed;
            }
        };
    }

    private OrderChange change(int i) {
        if (i < 0 || i >= changed) {
            throw new IndexOutOfBoundsException("change " + i + " of " + changed);
        }
        Set<ChangeKind> set = EnumSet.noneOf(ChangeKind.class);
        for (ChangeKind kind : KINDS) {
            if ((kinds[i] & bit(kind)) != 0) {
                set.add(kind);
            }
        }
        Optional<OrderOutcome> before = baseIndex[i] < 0 ? Optional.empty()
                : Optional.of(baseline.outcome(baseIndex[i]));
        Optional<OrderOutcome> after = variantIndex[i] < 0 ? Optional.empty()
                : Optional.of(variant.outcome(variantIndex[i]));
        String id = baseIndex[i] < 0 ? variant.orderId(variantIndex[i]) : baseline.orderId(baseIndex[i]);
        return new OrderChange(id, set, before, after);
    }

    static int bit(ChangeKind kind) {
        return 1 << kind.ordinal();
    }

    /** Changes per kind, for logs and tests: {@code NODES_CHANGED=12, COST_UP=9}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("DecisionDiff[" + changed + " of " + baseline.size() + " orders");
        for (ChangeKind kind : KINDS) {
            if (counts[kind.ordinal()] > 0) {
                text.append(", ").append(kind).append('=').append(counts[kind.ordinal()]);
            }
        }
        return text.append(']').toString();
    }

    static Map<String, Integer> indexById(Decisions decisions) {
        Map<String, Integer> index = new HashMap<>(decisions.size() * 2);
        for (int i = 0; i < decisions.size(); i++) {
            index.put(decisions.orderId(i), i);
        }
        return index;
    }
}
