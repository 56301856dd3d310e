package io.omniroute.console.whatif;

import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.whatif.KpiComparison;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.engine.whatif.Measure;
import io.omniroute.engine.whatif.NodeTypeLoad;
import io.omniroute.engine.whatif.Preference;
import io.omniroute.report.CompareFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The KPI table of a study: the engine's KPIs side by side (as simulate --compare prints them, exception types
 * that no run has left out), then the node utilization: the mean over capacity-limited nodes, overall and by type.
 */
final class KpiRows {

    private KpiRows() {
    }

    static List<KpiRow> of(StudyResults results) {
        List<List<KpiDelta>> perVariant = deltas(results);
        List<KpiRow> table = new ArrayList<>();
        for (int r = 0; r < perVariant.get(0).size(); r++) {
            KpiDelta first = perVariant.get(0).get(r);
            if (idle(perVariant, r)) {
                continue;
            }
            List<KpiRow.Cell> cells = new ArrayList<>();
            for (int v = 0; v < results.variants().size(); v++) {
                cells.add(cell(perVariant.get(v).get(r)));
            }
            table.add(new KpiRow(first.name(), CompareFormat.value(first.measure(), first.baseline()), cells));
        }
        return table;
    }

    /**
     * Each variant's KPIs against the baseline's, the utilization rows included, rows in the same order for
     * every variant; with no variant, the baseline against itself.
     */
    static List<List<KpiDelta>> deltas(StudyResults results) {
        List<List<KpiDelta>> perVariant = new ArrayList<>();
        Kpis base = results.baselineRun().kpis();
        for (StudyResults.VariantResult variant : results.variants()) {
            perVariant.add(rows(base, variant.run().kpis()));
        }
        if (perVariant.isEmpty()) {
            perVariant.add(rows(base, base));
        }
        return perVariant;
    }

    private static List<KpiDelta> rows(Kpis baseline, Kpis variant) {
        List<KpiDelta> rows = new ArrayList<>(KpiComparison.of(baseline, variant).rows());
        rows.addAll(utilization(baseline, variant));
        return rows;
    }

    /** An exception type no run has is noise in the table. */
    private static boolean idle(List<List<KpiDelta>> perVariant, int r) {
        if (!perVariant.get(0).get(r).name().startsWith("exception lines")) {
            return false;
        }
        return perVariant.stream().allMatch(rows -> rows.get(r).baseline() == 0 && rows.get(r).variant() == 0);
    }

    private static KpiRow.Cell cell(KpiDelta delta) {
        KpiRow.Judgement judgement = delta.improved() ? KpiRow.Judgement.BETTER
                : delta.worsened() ? KpiRow.Judgement.WORSE : KpiRow.Judgement.NEUTRAL;
        return new KpiRow.Cell(CompareFormat.value(delta.measure(), delta.variant()), CompareFormat.difference(delta),
                judgement);
    }

    /** Mean utilization of the capacity-limited nodes, overall and per node type the baseline has. */
    static List<KpiDelta> utilization(Kpis baseline, Kpis variant) {
        List<KpiDelta> rows = new ArrayList<>();
        rows.add(new KpiDelta("node utilization (mean)", Measure.RATE, Preference.NONE,
                mean(baseline).orElse(0), mean(variant).orElse(0)));
        List<NodeTypeLoad> after = NodeTypeLoad.of(variant);
        for (NodeTypeLoad before : NodeTypeLoad.of(baseline)) {
            if (before.meanUtilization().isEmpty()) {
                continue;
            }
            double now = after.stream().filter(load -> load.type() == before.type()).findFirst()
                    .flatMap(load -> load.meanUtilization().isPresent()
                            ? java.util.Optional.of(load.meanUtilization().getAsDouble()) : java.util.Optional.empty())
                    .orElse(0.0);
            rows.add(new KpiDelta("node utilization " + before.type(), Measure.RATE, Preference.NONE,
                    before.meanUtilization().getAsDouble(), now));
        }
        return rows;
    }

    private static OptionalDouble mean(Kpis kpis) {
        return kpis.nodeUtilization().stream().filter(node -> node.utilization().isPresent())
                .mapToDouble(node -> node.utilization().getAsDouble()).average();
    }
}
