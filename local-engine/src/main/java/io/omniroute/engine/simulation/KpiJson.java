package io.omniroute.engine.simulation;

import io.omniroute.engine.sourcing.ExceptionType;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes {@link Kpis} as kpis.json: fixed key order and decimals, so equal runs give equal bytes. */
public final class KpiJson {

    private KpiJson() {
    }

    public static void write(Kpis kpis, Writer out) throws IOException {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n");
        field(json, "orders", kpis.orders());
        field(json, "ship_orders", kpis.shipOrders());
        field(json, "pickup_orders", kpis.pickupOrders());
        field(json, "units_ordered", kpis.unitsOrdered());
        field(json, "units_filled", kpis.unitsFilled());
        field(json, "fill_rate", decimal(kpis.fillRate(), 6));
        field(json, "orders_fully_filled", kpis.ordersFullyFilled());
        field(json, "perfect_order_rate", decimal(kpis.perfectOrderRate(), 6));
        field(json, "orders_with_shipments", kpis.ordersWithShipments());
        field(json, "shipments", kpis.shipments());
        field(json, "split_rate", decimal(kpis.splitRate(), 6));
        field(json, "shipments_per_order", decimal(kpis.shipmentsPerOrder(), 6));
        field(json, "total_cost", decimal(kpis.totalCost(), 2));
        field(json, "cost_per_order", decimal(kpis.costPerOrder(), 4));
        field(json, "average_distance_km", decimal(kpis.averageDistanceKm(), 2));
        field(json, "average_promised_days", decimal(kpis.averagePromisedDays(), 4));
        field(json, "days_simulated", kpis.daysSimulated());
        json.append("  \"exceptions_by_type\": {");
        String separator = "\n";
        for (ExceptionType type : ExceptionType.values()) {
            json.append(separator).append("    \"").append(type).append("\": {\"lines\": ")
                    .append(kpis.exceptionLines().getOrDefault(type, 0L)).append(", \"units\": ")
                    .append(kpis.exceptionUnits().getOrDefault(type, 0L)).append('}');
            separator = ",\n";
        }
        json.append("\n  },\n  \"node_utilization\": [");
        separator = "\n";
        for (NodeUtilization node : kpis.nodeUtilization()) {
            json.append(separator).append("    {\"node_id\": \"").append(escape(node.nodeId()))
                    .append("\", \"type\": \"").append(node.type())
                    .append("\", \"shipments\": ").append(node.shipments())
                    .append(", \"pickups\": ").append(node.pickups())
                    .append(", \"units\": ").append(node.units())
                    .append(", \"utilization\": ")
                    .append(node.utilization().isPresent() ? decimal(node.utilization().getAsDouble(), 4) : "null")
                    .append('}');
            separator = ",\n";
        }
        json.append("\n  ]\n}\n");
        out.write(json.toString());
    }

    private static void field(StringBuilder json, String name, Object value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
