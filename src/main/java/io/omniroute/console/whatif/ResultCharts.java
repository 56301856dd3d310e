package io.omniroute.console.whatif;

import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.simulation.NodeUtilization;
import io.omniroute.engine.whatif.CostHistogram;
import io.omniroute.engine.whatif.KpiComparison;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.engine.whatif.Measure;
import io.omniroute.engine.whatif.NodeTypeLoad;
import io.omniroute.engine.whatif.RunResult;
import io.omniroute.engine.whatif.Variant;
import io.omniroute.report.CostBins;
import io.omniroute.report.ReportHtml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The charts of a study's results: the main KPIs of every run, node utilization by node and by node type, and the
 * cost distribution of the baseline against one variant. Pure data; the view draws it.
 */
final class ResultCharts {

    /** The busiest nodes shown: more bars than this no one reads. */
    static final int NODES_SHOWN = 25;
    static final int COST_BINS = 20;

    private ResultCharts() {
    }

    /** One chart per main KPI (those of the HTML report), a bar per run. */
    static List<BarGroup> mainKpis(StudyResults results) {
        List<RunResult> runs = runs(results);
        List<List<KpiDelta>> values = runs.stream().map(run -> KpiComparison.of(run.kpis(), run.kpis()).rows())
                .toList();
        List<BarGroup> charts = new ArrayList<>();
        for (int k = 0; k < values.get(0).size(); k++) {
            KpiDelta row = values.get(0).get(k);
            if (!ReportHtml.MAIN_KPIS.contains(row.name())) {
                continue;
            }
            List<BarGroup.Series> series = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                series.add(new BarGroup.Series(runs.get(r).name(), new double[] {values.get(r).get(k).baseline()}));
            }
            charts.add(new BarGroup(row.name(), List.of(row.name()), series, row.measure()));
        }
        return charts;
    }

    /** The capacity-limited nodes most used in any run, busiest first, a bar per run. */
    static BarGroup utilizationByNode(StudyResults results) {
        List<RunResult> runs = runs(results);
        Map<String, double[]> byNode = new HashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            for (NodeUtilization node : runs.get(r).kpis().nodeUtilization()) {
                if (node.utilization().isPresent()) {
                    byNode.computeIfAbsent(node.nodeId(), id -> new double[runs.size()])[r] =
                            node.utilization().getAsDouble();
                }
            }
        }
        List<String> nodes = byNode.keySet().stream()
                .sorted(Comparator.comparingDouble((String id) -> -max(byNode.get(id))).thenComparing(id -> id))
                .limit(NODES_SHOWN).toList();
        List<BarGroup.Series> series = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            double[] values = new double[nodes.size()];
            for (int n = 0; n < nodes.size(); n++) {
                values[n] = byNode.get(nodes.get(n))[r];
            }
            series.add(new BarGroup.Series(runs.get(r).name(), values));
        }
        return new BarGroup("Utilization of the " + nodes.size() + " busiest capacity-limited nodes", nodes, series,
                Measure.RATE);
    }

    /** Mean utilization of the capacity-limited nodes of each type, a bar per run. */
    static BarGroup utilizationByType(StudyResults results) {
        return byType(results, "Mean utilization by node type", Measure.RATE,
                load -> load.meanUtilization().orElse(0));
    }

    /** Shipments from each node type, a bar per run. */
    static BarGroup shipmentsByType(StudyResults results) {
        return byType(results, "Shipments by node type", Measure.COUNT, NodeTypeLoad::shipments);
    }

    private static BarGroup byType(StudyResults results, String title, Measure measure,
            ToDoubleFunction<NodeTypeLoad> value) {
        List<RunResult> runs = runs(results);
        List<NodeType> types = NodeTypeLoad.of(results.baselineRun().kpis()).stream().map(NodeTypeLoad::type)
                .toList();
        List<BarGroup.Series> series = new ArrayList<>();
        for (RunResult run : runs) {
            List<NodeTypeLoad> loads = NodeTypeLoad.of(run.kpis());
            double[] values = new double[types.size()];
            for (int t = 0; t < types.size(); t++) {
                NodeType type = types.get(t);
                values[t] = loads.stream().filter(load -> load.type() == type).mapToDouble(value).findFirst()
                        .orElse(0);
            }
            series.add(new BarGroup.Series(run.name(), values));
        }
        return new BarGroup(title, types.stream().map(NodeType::name).toList(), series, measure);
    }

    /** Orders by the cost of their shipments, baseline against the variant, on shared bins. */
    static BarGroup costDistribution(StudyResults results, String variant) {
        RunResult other = results.variant(variant).map(StudyResults.VariantResult::run)
                .orElse(results.baselineRun());
        CostBins bins = CostBins.of(CostHistogram.of(results.baselineRun().decisions(), other.decisions(),
                COST_BINS));
        List<BarGroup.Series> series = new ArrayList<>();
        series.add(new BarGroup.Series(Variant.BASELINE, bins.baseline()));
        if (other != results.baselineRun()) {
            series.add(new BarGroup.Series(other.name(), bins.variant()));
        }
        return new BarGroup("Orders by cost: baseline and " + other.name(), bins.labels(), series, Measure.COUNT);
    }

    static List<RunResult> runs(StudyResults results) {
        List<RunResult> runs = new ArrayList<>();
        runs.add(results.baselineRun());
        results.variants().forEach(v -> runs.add(v.run()));
        return runs;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

}
