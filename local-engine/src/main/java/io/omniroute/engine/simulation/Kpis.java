package io.omniroute.engine.simulation;

import io.omniroute.engine.sourcing.ExceptionType;
import java.util.List;
import java.util.Map;

/**
 * The figures of one simulation run. Rates are fractions in [0, 1].
 *
 * @param fillRate units filled ÷ units ordered
 * @param perfectOrderRate orders filled completely ÷ orders
 * @param splitRate orders with more than one shipment ÷ orders with at least one
 * @param shipmentsPerOrder shipments ÷ orders with at least one
 * @param costPerOrder total cost ÷ orders with at least one shipment
 * @param averageDistanceKm over carrier shipments
 * @param averagePromisedDays over carrier shipments
 * @param exceptionLines exception rows by type; {@code exceptionUnits} the units they leave unfilled
 */
public record Kpis(
        long orders,
        long shipOrders,
        long pickupOrders,
        long unitsOrdered,
        long unitsFilled,
        double fillRate,
        long ordersFullyFilled,
        double perfectOrderRate,
        long ordersWithShipments,
        long shipments,
        double splitRate,
        double shipmentsPerOrder,
        double totalCost,
        double costPerOrder,
        double averageDistanceKm,
        double averagePromisedDays,
        int daysSimulated,
        Map<ExceptionType, Long> exceptionLines,
        Map<ExceptionType, Long> exceptionUnits,
        List<NodeUtilization> nodeUtilization) {

    public Kpis {
        exceptionLines = Map.copyOf(exceptionLines);
        exceptionUnits = Map.copyOf(exceptionUnits);
        nodeUtilization = List.copyOf(nodeUtilization);
    }
}
