package io.omniroute.console.whatif;

import java.util.ArrayList;
import java.util.List;

/** How many orders each run will source, known before it starts, so one progress bar can span them all. */
final class RunTotals {

    private RunTotals() {
    }

    /** The baseline's orders, then each variant's: scaled demand changes the count as the engine rounds it. */
    static long[] of(int baselineOrders, List<VariantDraft> variants) {
        List<Long> totals = new ArrayList<>();
        totals.add((long) baselineOrders);
        for (VariantDraft variant : variants) {
            long orders = baselineOrders;
            for (ChangeSpec change : variant.changes()) {
                if (change instanceof ChangeSpec.ScaleDemand demand) {
                    orders = Math.round(orders * demand.factor());
                }
            }
            totals.add(orders);
        }
        return totals.stream().mapToLong(Long::longValue).toArray();
    }
}
