package io.omniroute.report;

import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.KpiComparison;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.engine.whatif.Measure;
import io.omniroute.engine.whatif.NodeTypeLoad;
import io.omniroute.engine.whatif.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * report.html of {@code simulate --compare}, and of a console study with any number of variants: one
 * self-contained XHTML file with the KPIs side by side, SVG bar charts of the main KPIs, node load by node type,
 * and for each variant the cost distribution and the changed orders. It holds no run times, so the same input
 * gives the same bytes.
 */
public final class ReportHtml {

    /** What the report says about where the runs came from. */
    public record Context(String scenario, String baselineRules, String variantRules, int changedOrdersListed) {
    }

    /** A variant compared with the baseline, and what the report says it is. */
    public record Entry(Comparison comparison, String description) {

        public Entry {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(description, "description");
        }
    }

    public static final List<String> MAIN_KPIS = List.of("fill rate", "perfect order rate", "split rate", "cost per order",
            "average promised days", "average distance");

    private ReportHtml() {
    }

    public static void write(Comparison comparison, Context context, Path file) throws IOException {
        Files.writeString(file, render(comparison, context), StandardCharsets.UTF_8);
    }

    /** The report of {@code simulate --compare}: one variant, named "variant". */
    public static String render(Comparison comparison, Context context) {
        return render(context.scenario(), context.baselineRules(), List.of(new Entry(comparison,
                context.variantRules() + " (" + comparison.variant().describe() + ")")), context.changedOrdersListed());
    }

    /**
     * The report of several variants of one baseline (each entry's baseline run is the same run).
     *
     * @param changedOrdersListed changed orders listed per variant
     */
    public static String render(String scenario, String baseline, List<Entry> variants, int changedOrdersListed) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a report compares at least one variant with the baseline");
        }
        boolean one = variants.size() == 1;
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>What-if report: ").append(esc(scenario))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>What-if: ").append(one ? "variant" : variants.size() + " variants")
                .append(" against baseline</h1>\n<dl class=\"context\">")
                .append("<dt>Scenario</dt><dd>").append(esc(scenario)).append("</dd>")
                .append("<dt>Baseline</dt><dd>").append(esc(baseline)).append("</dd>");
        for (Entry entry : variants) {
            html.append("<dt>").append(one ? "Variant" : esc(entry.comparison().variant().name())).append("</dt><dd>")
                    .append(esc(entry.description())).append("</dd>");
        }
        html.append("</dl>\n");
        List<Comparison> comparisons = variants.stream().map(Entry::comparison).toList();
        kpiTable(html, comparisons);
        kpiCharts(html, comparisons);
        nodeTypes(html, comparisons);
        for (int i = 0; i < comparisons.size(); i++) {
            ReportVariantSections.write(html, comparisons.get(i), one ? "" : "-" + (i + 1),
                    one ? "" : ": " + comparisons.get(i).variant().name(), changedOrdersListed);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void kpiTable(StringBuilder html, List<Comparison> comparisons) {
        html.append("<section id=\"kpis\">\n<h2>KPIs</h2>\n<table id=\"kpi-table\" class=\"kpis\">\n<thead><tr>")
                .append("<th>KPI</th><th>baseline</th>");
        for (Comparison comparison : comparisons) {
            String name = comparisons.size() == 1 ? "variant" : esc(comparison.variant().name());
            html.append("<th>").append(name).append("</th><th>difference")
                    .append(comparisons.size() == 1 ? "" : " (" + name + ")").append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        List<List<KpiDelta>> rows = comparisons.stream().map(c -> c.kpis().rows()).toList();
        for (int r = 0; r < rows.get(0).size(); r++) {
            KpiDelta first = rows.get(0).get(r);
            html.append("<tr><td>").append(esc(first.name())).append("</td><td>")
                    .append(esc(CompareFormat.value(first.measure(), first.baseline()))).append("</td>");
            for (List<KpiDelta> variant : rows) {
                KpiDelta row = variant.get(r);
                String judged = row.improved() ? " class=\"better\"" : row.worsened() ? " class=\"worse\"" : "";
                html.append("<td>").append(esc(CompareFormat.value(row.measure(), row.variant()))).append("</td><td")
                        .append(judged).append('>').append(esc(CompareFormat.difference(row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void kpiCharts(StringBuilder html, List<Comparison> comparisons) {
        List<RunResult> runs = runs(comparisons);
        List<List<KpiDelta>> values = runs.stream().map(run -> KpiComparison.of(run.kpis(), run.kpis()).rows())
                .toList();
        html.append("<section id=\"kpi-charts\">\n<h2>Main KPIs</h2>\n<div class=\"charts\">\n");
        for (int k = 0; k < values.get(0).size(); k++) {
            KpiDelta row = values.get(0).get(k);
            if (MAIN_KPIS.contains(row.name())) {
                List<ReportSvg.Series> series = new ArrayList<>();
                for (int r = 0; r < runs.size(); r++) {
                    series.add(new ReportSvg.Series(runs.get(r).name(), new double[] {values.get(r).get(k).baseline()}));
                }
                figure(html, row.name(), ReportSvg.bars(row.name(), List.of(row.name()), series,
                        value -> CompareFormat.value(row.measure(), value)));
            }
        }
        html.append("</div>\n</section>\n");
    }

    private static void nodeTypes(StringBuilder html, List<Comparison> comparisons) {
        List<RunResult> runs = runs(comparisons);
        List<List<NodeTypeLoad>> loads = runs.stream().map(run -> NodeTypeLoad.of(run.kpis())).toList();
        List<NodeTypeLoad> before = loads.get(0);
        List<String> types = before.stream().map(load -> load.type().name()).toList();
        html.append("<section id=\"node-types\">\n<h2>Node utilization by node type</h2>\n<div class=\"charts\">\n");
        figure(html, "mean utilization of capacity-limited nodes", ReportSvg.bars("mean utilization by node type",
                types, series(runs, loads, load -> load.meanUtilization().orElse(0)),
                value -> CompareFormat.value(Measure.RATE, value)));
        figure(html, "shipments", ReportSvg.bars("shipments by node type", types,
                series(runs, loads, load -> load.shipments()), value -> CompareFormat.value(Measure.COUNT, value)));
        html.append("</div>\n<table id=\"node-type-table\">\n<thead><tr><th>node type</th><th>nodes</th>");
        for (RunResult run : runs) {
            html.append("<th>shipments (").append(esc(run.name())).append(")</th>");
        }
        for (RunResult run : runs) {
            html.append("<th>units (").append(esc(run.name())).append(")</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (NodeTypeLoad b : before) {
            html.append("<tr><td>").append(esc(b.type().name())).append("</td><td>").append(b.nodes()).append("</td>");
            for (List<NodeTypeLoad> run : loads) {
                html.append("<td>").append(count(matching(run, b).shipments())).append("</td>");
            }
            for (List<NodeTypeLoad> run : loads) {
                html.append("<td>").append(count(matching(run, b).units())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static List<ReportSvg.Series> series(List<RunResult> runs, List<List<NodeTypeLoad>> loads,
            Function<NodeTypeLoad, Number> value) {
        List<NodeTypeLoad> before = loads.get(0);
        List<ReportSvg.Series> series = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            double[] values = new double[before.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value.apply(matching(loads.get(r), before.get(i))).doubleValue();
            }
            series.add(new ReportSvg.Series(runs.get(r).name(), values));
        }
        return series;
    }

    /** The run's load of the same type; a what-if never removes a node, so every baseline type is there. */
    private static NodeTypeLoad matching(List<NodeTypeLoad> loads, NodeTypeLoad like) {
        return loads.stream().filter(load -> load.type() == like.type()).findFirst().orElseThrow();
    }

    /** The baseline's run, then each variant's. */
    private static List<RunResult> runs(List<Comparison> comparisons) {
        List<RunResult> runs = new ArrayList<>();
        runs.add(comparisons.get(0).baselineRun());
        comparisons.forEach(c -> runs.add(c.variantRun()));
        return runs;
    }

    static void figure(StringBuilder html, String caption, String svg) {
        html.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>").append(svg)
                .append("</figure>\n");
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String esc(String text) {
        return ReportXml.escape(text);
    }
}
