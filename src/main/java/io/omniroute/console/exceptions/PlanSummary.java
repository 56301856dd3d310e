package io.omniroute.console.exceptions;

import io.omniroute.console.planning.PricedPlan;
import java.util.Locale;

/** A plan in one line, as the decision dialogs show it: shipments, cost against the current plan, promise. */
final class PlanSummary {

    private PlanSummary() {
    }

    static String of(PricedPlan plan, double currentCost) {
        return String.format(Locale.ROOT, "%s · cost %.2f (%+.2f against the current plan) · promised in %s days, the"
                + " promise is %d%s", Plurals.of(plan.shipments().size(), "shipment"), plan.totalCost(),
                plan.totalCost() - currentCost, plan.promisedDays().isPresent()
                        ? Integer.toString(plan.promisedDays().getAsInt()) : "-", plan.promiseDays(),
                plan.late() ? " · LATE" : "");
    }
}
