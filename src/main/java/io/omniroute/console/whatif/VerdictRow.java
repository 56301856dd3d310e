package io.omniroute.console.whatif;

import io.omniroute.engine.sourcing.NodeVerdict;
import io.omniroute.engine.sourcing.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One node's verdict in an explanation, as the table shows it. */
public record VerdictRow(String nodeId, Verdict verdict, String distance, String costDelta, String detail) {

    /** Chosen nodes first, then those beaten on cost by how little, then the rest by verdict and distance. */
    private static final Comparator<NodeVerdict> READING_ORDER = Comparator
            .comparing((NodeVerdict v) -> v.verdict().ordinal())
            .thenComparingDouble(v -> v.costDelta().orElse(Double.MAX_VALUE))
            .thenComparingDouble(v -> v.distanceKm().orElse(Double.MAX_VALUE))
            .thenComparing(NodeVerdict::nodeId);

    static List<VerdictRow> of(List<NodeVerdict> verdicts) {
        return verdicts.stream().sorted(READING_ORDER).map(VerdictRow::of).toList();
    }

    private static VerdictRow of(NodeVerdict v) {
        return new VerdictRow(v.nodeId(), v.verdict(),
                v.distanceKm().isPresent() ? String.format(Locale.ROOT, "%,.0f km", v.distanceKm().getAsDouble()) : "",
                v.costDelta().isPresent() ? String.format(Locale.ROOT, "+%,.2f", v.costDelta().getAsDouble()) : "",
                v.detail());
    }

    public String verdictText() {
        return DiffRow.labelOf(verdict.name());
    }
}
