package io.omniroute.report;

import static io.omniroute.report.ReportHtml.count;
import static io.omniroute.report.ReportHtml.esc;
import static io.omniroute.report.ReportHtml.figure;

import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.CostHistogram;
import io.omniroute.engine.whatif.DecisionDiff;
import io.omniroute.engine.whatif.Measure;
import io.omniroute.engine.whatif.OrderChange;
import io.omniroute.engine.whatif.OrderOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's sections about one variant: its cost distribution against the baseline's, and its changed orders.
 * With several variants, ids get a suffix and headings the variant's name, so every id stays unique.
 */
final class ReportVariantSections {

    private static final int COST_BINS = 20;

    private ReportVariantSections() {
    }

    /**
     * @param idSuffix appended to each id ("" for a one-variant report)
     * @param heading appended to each section heading ("" for a one-variant report)
     */
    static void write(StringBuilder html, Comparison comparison, String idSuffix, String heading, int listed) {
        costs(html, comparison, idSuffix, heading);
        diffSummary(html, comparison.diff(), comparison.baselineRun().decisions().size(), idSuffix, heading);
        changedOrders(html, comparison.diff(), listed, idSuffix);
    }

    private static void costs(StringBuilder html, Comparison comparison, String idSuffix, String heading) {
        CostHistogram histogram = CostHistogram.of(comparison.baselineRun().decisions(),
                comparison.variantRun().decisions(), COST_BINS);
        CostBins bins = CostBins.of(histogram);
        html.append("<section id=\"costs").append(idSuffix).append("\">\n<h2>Cost per order").append(esc(heading))
                .append("</h2>\n<p class=\"note\">Orders by the total cost of")
                .append(" their shipments; orders that ship nothing are left out.</p>\n");
        figure(html, "orders by cost", ReportSvg.bars("orders by cost", bins.labels(), List.of(
                new ReportSvg.Series(comparison.baselineRun().name(), bins.baseline()),
                new ReportSvg.Series(comparison.variantRun().name(), bins.variant())),
                value -> CompareFormat.value(Measure.COUNT, value)));
        html.append("</section>\n");
    }

    private static void diffSummary(StringBuilder html, DecisionDiff diff, int orders, String idSuffix,
            String heading) {
        html.append("<section id=\"diff").append(idSuffix).append("\">\n<h2>Changed orders").append(esc(heading))
                .append("</h2>\n<p>").append(count(diff.changedOrders()))
                .append(" of ").append(count(orders)).append(" baseline orders changed (")
                .append(CompareFormat.percent(diff.changedOrders(), orders)).append("). An order counts once for")
                .append(" each way it changed.</p>\n<table id=\"diff-kinds").append(idSuffix)
                .append("\">\n<thead><tr><th>change</th><th>orders</th></tr></thead>\n<tbody>\n");
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

    private static void changedOrders(StringBuilder html, DecisionDiff diff, int listed, String idSuffix) {
        List<OrderChange> changes = diff.changes();
        int shown = Math.min(listed, changes.size());
        html.append("<h3>The first ").append(count(shown)).append(" changed orders</h3>\n")
                .append("<table id=\"changed-orders").append(idSuffix)
                .append("\">\n<thead><tr><th>order</th><th>old nodes</th>")
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
            cell(html, change.before(), ReportVariantSections::promise, false);
            cell(html, change.after(), ReportVariantSections::promise, false);
            html.append("<td class=\"text\">").append(esc(kinds(change.kinds()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void cell(StringBuilder html, Optional<OrderOutcome> side, Function<OrderOutcome, String> value,
            boolean text) {
        html.append(text ? "<td class=\"text\">" : "<td>").append(esc(side.map(value).orElse("—"))).append("</td>");
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
}
