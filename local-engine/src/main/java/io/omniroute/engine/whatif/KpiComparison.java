package io.omniroute.engine.whatif;

import io.omniroute.engine.simulation.Kpis;
import io.omniroute.engine.sourcing.ExceptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/** The KPIs of two runs side by side, with their differences, in the order kpis.json lists them. */
public record KpiComparison(Kpis baseline, Kpis variant) {

    public KpiComparison {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(variant, "variant");
    }

    public static KpiComparison of(Kpis baseline, Kpis variant) {
        return new KpiComparison(baseline, variant);
    }

    /**
     * Every KPI, then the exception lines of each type. Total cost has no preference: with demand scaled it
     * grows with the orders; cost per order is the one to judge.
     */
    public List<KpiDelta> rows() {
        List<KpiDelta> rows = new ArrayList<>();
        rows.add(row("orders", Measure.COUNT, Preference.NONE, Kpis::orders));
        rows.add(row("units ordered", Measure.COUNT, Preference.NONE, Kpis::unitsOrdered));
        rows.add(row("units filled", Measure.COUNT, Preference.HIGHER, Kpis::unitsFilled));
        rows.add(row("fill rate", Measure.RATE, Preference.HIGHER, Kpis::fillRate));
        rows.add(row("perfect order rate", Measure.RATE, Preference.HIGHER, Kpis::perfectOrderRate));
        rows.add(row("orders with shipments", Measure.COUNT, Preference.NONE, Kpis::ordersWithShipments));
        rows.add(row("shipments", Measure.COUNT, Preference.NONE, Kpis::shipments));
        rows.add(row("split rate", Measure.RATE, Preference.LOWER, Kpis::splitRate));
        rows.add(row("shipments per order", Measure.RATIO, Preference.LOWER, Kpis::shipmentsPerOrder));
        rows.add(row("total cost", Measure.MONEY, Preference.NONE, Kpis::totalCost));
        rows.add(row("cost per order", Measure.MONEY, Preference.LOWER, Kpis::costPerOrder));
        rows.add(row("average distance", Measure.KM, Preference.NONE, Kpis::averageDistanceKm));
        rows.add(row("average promised days", Measure.DAYS, Preference.LOWER, Kpis::averagePromisedDays));
        for (ExceptionType type : ExceptionType.values()) {
            rows.add(row("exception lines " + type, Measure.COUNT, Preference.LOWER,
                    k -> k.exceptionLines().getOrDefault(type, 0L)));
        }
        return rows;
    }

    private KpiDelta row(String name, Measure measure, Preference preference, ToDoubleFunction<Kpis> value) {
        return new KpiDelta(name, measure, preference, value.applyAsDouble(baseline), value.applyAsDouble(variant));
    }
}
