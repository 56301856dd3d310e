package io.omniroute.report;

import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.CostHistogram;
import io.omniroute.engine.whatif.DecisionDiff;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.engine.whatif.Measure;
import io.omniroute.engine.whatif.NodeTypeLoad;
import io.omniroute.engine.whatif.OrderChange;
import io.omniroute.engine.whatif.OrderOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * report.html of {@code simulate --compare}: one self-contained XHTML file with the KPIs side by side, SVG bar charts
 * of the main KPIs, node load by node type and the cost distribution, and the changed orders. It holds no run times,
 * so the same input gives the same bytes.
 */
public final class ReportHtml {

    /** What the report says about where the runs came from. */
    public record Context(String scenario, String baselineRules, String variantRules, int changedOrdersListed) {
    }

    static final List<String> MAIN_KPIS = List.of("fill rate", "perfect order rate", "split rate", "cost per order",
            "average promised days", "average distance");
    private static final int COST_BINS = 20;

    private ReportHtml() {
    }

    public static void write(Comparison comparison, Context context, Path file) throws IOException {
        Files.writeString(file, render(comparison, context), StandardCharsets.UTF_8);
    }

    public static String render(Comparison comparison, Context context) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>What-if report: ").append(esc(context.scenario()))
                .append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>What-if: variant against baseline</h1>\n<dl class=\"context\">")
                .append("<dt>Scenario</dt><dd>").append(esc(context.scenario())).append("</dd>")
                .append("<dt>Baseline</dt><dd>").append(esc(context.baselineRules())).append("</dd>")
                .append("<dt>Variant</dt><dd>").append(esc(context.variantRules())).append(" (")
                .append(esc(comparison.variant().describe())).append(")</dd></dl>\n");
        kpiTable(html, comparison);
        kpiCharts(html, comparison);
        nodeTypes(html, comparison);
        costs(html, comparison);
        diffSummary(html, comparison.diff(), comparison.baselineRun().decisions().size());
        changedOrders(html, comparison.diff(), context.changedOrdersListed());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void kpiTable(StringBuilder html, Comparison comparison) {
        html.append("<section id=\"kpis\">\n<h2>KPIs</h2>\n<table id=\"kpi-table\" class=\"kpis\">\n<thead><tr>")
                .append("<th>KPI</th><th>baseline</th><th>variant</th><th>difference</th></tr></thead>\n<tbody>\n");
        for (KpiDelta row : comparison.kpis().rows()) {
            String judged = row.improved() ? " class=\"better\"" : row.worsened() ? " class=\"worse\"" : "";
            html.append("<tr><td>").append(esc(row.name())).append("</td><td>")
                    .append(esc(CompareFormat.value(row.measure(), row.baseline()))).append("</td><td>")
                    .append(esc(CompareFormat.value(row.measure(), row.variant()))).append("</td><td").append(judged)
                    .append('>').append(esc(CompareFormat.difference(row))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void kpiCharts(StringBuilder html, Comparison comparison) {
        html.append("<section id=\"kpi-charts\">\n<h2>Main KPIs</h2>\n<div class=\"charts\">\n");
        for (KpiDelta row : comparison.kpis().rows()) {
            if (MAIN_KPIS.contains(row.name())) {
                figure(html, row.name(), ReportSvg.bars(row.name(), List.of(row.name()), List.of(
                        new ReportSvg.Series("baseline", new double[] {row.baseline()}),
                        new ReportSvg.Series("variant", new double[] {row.variant()})),
                        value -> CompareFormat.value(row.measure(), value)));
            }
        }
        html.append("</div>\n</section>\n");
    }

    private static void nodeTypes(StringBuilder html, Comparison comparison) {
        List<NodeTypeLoad> before = NodeTypeLoad.of(comparison.baselineRun().kpis());
        List<NodeTypeLoad> after = NodeTypeLoad.of(comparison.variantRun().kpis());
        List<String> types = before.stream().map(load -> load.type().name()).toList();
        html.append("<section id=\"node-types\">\n<h2>Node utilization by node type</h2>\n<div class=\"charts\">\n");
        figure(html, "mean utilization of capacity-limited nodes", ReportSvg.bars("mean utilization by node type",
                types, List.of(series("baseline", before, after, load -> load.meanUtilization().orElse(0), true),
                        series("variant", before, after, load -> load.meanUtilization().orElse(0), false)),
                value -> CompareFormat.value(Measure.RATE, value)));
        figure(html, "shipments", ReportSvg.bars("shipments by node type", types,
                List.of(series("baseline", before, after, load -> load.shipments(), true),
                        series("variant", before, after, load -> load.shipments(), false)),
                value -> CompareFormat.value(Measure.COUNT, value)));
        html.append("</div>\n<table id=\"node-type-table\">\n<thead><tr><th>node type</th><th>nodes</th>")
                .append("<th>shipments (baseline)</th><th>shipments (variant)</th><th>units (baseline)</th>")
                .append("<th>units (variant)</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < before.size(); i++) {
            NodeTypeLoad b = before.get(i);
            NodeTypeLoad v = matching(after, b);
            html.append("<tr><td>").append(esc(b.type().name())).append("</td><td>").append(b.nodes())
                    .append("</td><td>").append(count(b.shipments())).append("</td><td>").append(count(v.shipments()))
                    .append("</td><td>").append(count(b.units())).append("</td><td>").append(count(v.units()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static ReportSvg.Series series(String name, List<NodeTypeLoad> before, List<NodeTypeLoad> after,
            Function<NodeTypeLoad, Number> value, boolean baseline) {
        double[] values = new double[before.size()];
        for (int i = 0; i < values.length; i++) {
            NodeTypeLoad load = baseline ? before.get(i) : matching(after, before.get(i));
            values[i] = value.apply(load).doubleValue();
        }
        return new ReportSvg.Series(name, values);
    }

    /** The variant's load of the same type; a what-if never removes a node, so every baseline type is there. */
    private static NodeTypeLoad matching(List<NodeTypeLoad> loads, NodeTypeLoad like) {
        return loads.stream().filter(load -> load.type() == like.type()).findFirst().orElseThrow();
    }

    private static void costs(StringBuilder html, Comparison comparison) {
        CostHistogram histogram = CostHistogram.of(comparison.baselineRun().decisions(),
                comparison.variantRun().decisions(), COST_BINS);
        List<String> bins = new ArrayList<>();
        double[] before = new double[histogram.bins()];
        double[] after = new double[histogram.bins()];
        for (int i = 0; i < histogram.bins(); i++) {
            bins.add(Double.isInfinite(histogram.upperBound(i)) ? "≥ " + edge(histogram.lowerBound(i))
                    : edge(histogram.lowerBound(i)) + "–" + edge(histogram.upperBound(i)));
            before[i] = histogram.baselineCount(i);
            after[i] = histogram.variantCount(i);
        }
        html.append("<section id=\"costs\">\n<h2>Cost per order</h2>\n<p class=\"note\">Orders by the total cost of")
                .append(" their shipments; orders that ship nothing are left out.</p>\n");
        figure(html, "orders by cost", ReportSvg.bars("orders by cost", bins, List.of(
                new ReportSvg.Series("baseline", before), new ReportSvg.Series("variant", after)),
                value -> CompareFormat.value(Measure.COUNT, value)));
        html.append("</section>\n");
    }

    private static void diffSummary(StringBuilder html, DecisionDiff diff, int orders) {
        html.append("<section id=\"diff\">\n<h2>Changed orders</h2>\n<p>").append(count(diff.changedOrders()))
                .append(" of ").append(count(orders)).append(" baseline orders changed (")
                .append(CompareFormat.percent(diff.changedOrders(), orders)).append("). An order counts once for")
                .append(" each way it changed.</p>\n<table id=\"diff-kinds\">\n<thead><tr><th>change</th>")
                .append("<th>orders</th></tr></thead>\n<tbody>\n");
        List<String> kinds = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            html.append("<tr><td>").append(kind.name()).append("</td><td>").append(count(diff.count(kind)))
                    .append("</td></tr>\n");
            if (diff.count(kind) > 0) {
                kinds.add(kind.name());
                counts.add((double) diff.count(kind));
            }
        }
        html.append("</tbody>\n</table>\n");
        if (!kinds.isEmpty()) {
            figure(html, "changed orders by kind", ReportSvg.bars("changed orders by kind", kinds, List.of(
                    new ReportSvg.Series("orders", counts.stream().mapToDouble(Double::doubleValue).toArray())),
                    value -> CompareFormat.value(Measure.COUNT, value)));
        }
    }

    private static void changedOrders(StringBuilder html, DecisionDiff diff, int listed) {
        List<OrderChange> changes = diff.changes();
        int shown = Math.min(listed, changes.size());
        html.append("<h3>The first ").append(count(shown)).append(" changed orders</h3>\n")
                .append("<table id=\"changed-orders\">\n<thead><tr><th>order</th><th>old nodes</th>")
                .append("<th>new nodes</th><th>old shipments</th><th>new shipments</th><th>old cost</th>")
                .append("<th>new cost</th><th>cost delta</th><th>old promised days</th><th>new promised days</th>")
                .append("<th>changes</th></tr></thead>\n<tbody>\n");
        for (OrderChange change : changes.subList(0, shown)) {
            html.append("<tr><td>").append(esc(change.orderId())).append("</td>");
            cell(html, change.before(), o -> String.join(", ", o.nodeIds()), true);
            cell(html, change.after(), o -> String.join(", ", o.nodeIds()), true);
            cell(html, change.before(), o -> String.valueOf(o.shipments()), false);
            cell(html, change.after(), o -> String.valueOf(o.shipments()), false);
            cell(html, change.before(), o -> money(o.cost()), false);
            cell(html, change.after(), o -> money(o.cost()), false);
            html.append("<td>").append(esc(String.format(Locale.ROOT, "%+.2f", change.costDelta()))).append("</td>");
            cell(html, change.before(), ReportHtml::promise, false);
            cell(html, change.after(), ReportHtml::promise, false);
            html.append("<td class=\"text\">").append(esc(kinds(change.kinds()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void cell(StringBuilder html, Optional<OrderOutcome> side, Function<OrderOutcome, String> value,
            boolean text) {
        html.append(text ? "<td class=\"text\">" : "<td>").append(esc(side.map(value).orElse("—"))).append("</td>");
    }

    private static void figure(StringBuilder html, String caption, String svg) {
        html.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>").append(svg)
                .append("</figure>\n");
    }

    private static String kinds(Set<ChangeKind> kinds) {
        return kinds.stream().sorted().map(ChangeKind::name).collect(Collectors.joining(", "));
    }

    private static String promise(OrderOutcome outcome) {
        return outcome.promisedDays().isPresent() ? String.valueOf(outcome.promisedDays().getAsInt()) : "—";
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A bin edge as short as it can be: 5, 12.5, 0.25. */
    private static String edge(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String esc(String text) {
        return ReportXml.escape(text);
    }
}
