package io.omniroute.cli;

import io.omniroute.engine.whatif.ChangeKind;
import io.omniroute.engine.whatif.Comparison;
import io.omniroute.engine.whatif.DecisionDiff;
import io.omniroute.engine.whatif.KpiDelta;
import io.omniroute.report.CompareFormat;
import java.io.PrintWriter;
import java.util.Locale;

/** The KPIs of a comparison side by side, and what changed, as printed after {@code simulate --compare}. */
final class CompareSummary {

    /** Wide enough for the longest KPI name, "exception lines SLA_INFEASIBLE". */
    private static final String ROW = "%-31s %18s %18s   %s%n";
    private static final String LINE = "%-31s %s%n";

    private CompareSummary() {
    }

    static void print(Comparison comparison, PrintWriter out) {
        out.printf(Locale.ROOT, ROW, "", "baseline", "variant", "difference");
        for (KpiDelta row : comparison.kpis().rows()) {
            if (row.name().startsWith("exception lines") && row.baseline() == 0 && row.variant() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, ROW, row.name(), CompareFormat.value(row.measure(), row.baseline()),
                    CompareFormat.value(row.measure(), row.variant()), CompareFormat.difference(row));
        }
        DecisionDiff diff = comparison.diff();
        int orders = comparison.baselineRun().decisions().size();
        out.printf(Locale.ROOT, LINE, "changed orders", String.format(Locale.ROOT, "%,d of %,d orders (%s)",
                diff.changedOrders(), orders, CompareFormat.percent(diff.changedOrders(), orders)));
        StringBuilder kinds = new StringBuilder();
        for (ChangeKind kind : ChangeKind.values()) {
            if (diff.count(kind) > 0) {
                kinds.append(kinds.length() == 0 ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %,d", kind, diff.count(kind)));
            }
        }
        out.printf(Locale.ROOT, LINE, "changes by kind", kinds.length() == 0 ? "none" : kinds);
        out.flush();
    }
}
