package io.omniroute.cli;

import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.simulation.NodeUtilization;
import io.omniroute.engine.sourcing.ExceptionType;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The KPI block printed after a simulation. */
final class KpiSummary {

    private KpiSummary() {
    }

    static void print(Kpis kpis, PrintWriter out) {
        row(out, "orders", String.format(Locale.ROOT, "%,d (ship %,d, pickup %,d)", kpis.orders(), kpis.shipOrders(),
                kpis.pickupOrders()));
        row(out, "units", String.format(Locale.ROOT, "%,d ordered, %,d filled", kpis.unitsOrdered(),
                kpis.unitsFilled()));
        row(out, "fill rate", percent(kpis.fillRate()));
        row(out, "perfect order rate", percent(kpis.perfectOrderRate()));
        row(out, "split rate", percent(kpis.splitRate()));
        row(out, "shipments per order", String.format(Locale.ROOT, "%.3f", kpis.shipmentsPerOrder()));
        row(out, "total cost", String.format(Locale.ROOT, "%,.2f", kpis.totalCost()));
        row(out, "cost per order", String.format(Locale.ROOT, "%.2f", kpis.costPerOrder()));
        row(out, "avg distance", String.format(Locale.ROOT, "%.1f km", kpis.averageDistanceKm()));
        row(out, "avg promised days", String.format(Locale.ROOT, "%.2f", kpis.averagePromisedDays()));
        StringBuilder exceptions = new StringBuilder();
        for (ExceptionType type : ExceptionType.values()) {
            long lines = kpis.exceptionLines().getOrDefault(type, 0L);
            if (lines > 0) {
                exceptions.append(exceptions.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "%s %,d lines / %,d units", type, lines, kpis.exceptionUnits().get(type)));
            }
        }
        row(out, "exceptions", exceptions.length() == 0 ? "none" : exceptions.toString());
        List<NodeUtilization> busiest = kpis.nodeUtilization().stream()
                .filter(n -> n.utilization().isPresent())
                .sorted(Comparator.comparingDouble((NodeUtilization n) -> -n.utilization().getAsDouble())
                        .thenComparing(NodeUtilization::nodeId))
                .limit(3).toList();
        StringBuilder top = new StringBuilder();
        for (NodeUtilization node : busiest) {
            top.append(top.length() == 0 ? "" : ", ").append(node.nodeId()).append(' ')
                    .append(percent(node.utilization().getAsDouble()));
        }
        row(out, "busiest nodes", top.length() == 0 ? "none" : top.toString());
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf(Locale.ROOT, "%-20s %s%n", name, value);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }
}
