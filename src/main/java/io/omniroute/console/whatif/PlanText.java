package io.omniroute.console.whatif;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.util.Locale;
import java.util.stream.Collectors;

/** A decision in a few lines: the cascade, each shipment with its cost, what is left unfilled. */
final class PlanText {

    private PlanText() {
    }

    static String of(Order order, SourcingDecision decision) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Profile %s · %d shipment%s · %d of %d units · cost %,.2f"
                        + " · objective %,.2f", decision.profile(), decision.shipments().size(),
                decision.shipments().size() == 1 ? "" : "s", decision.unitsFilled(), order.units(),
                decision.totalCost(), decision.objective()));
        if (decision.attempts().size() > 1) {
            text.append("\nCascade: ").append(decision.attempts().stream()
                    .map(a -> a.profile() + " (" + a.reached() + ", " + a.unitsFilled() + " units)")
                    .collect(Collectors.joining(" → ")));
        }
        for (Shipment s : decision.shipments()) {
            String how = s.carrier().isEmpty() ? "pickup" : s.carrier() + " " + s.service() + " zone " + s.zone();
            String lines = s.lines().stream().map(l -> "line " + l.lineNo() + " ×" + l.qty())
                    .collect(Collectors.joining(", "));
            text.append(String.format(Locale.ROOT, "%n%s from %s: %s, %,.0f km, %d d, %s · %,.2f (handling %,.2f"
                            + " + pick %,.2f + carrier %,.2f)", s.shipmentId(), s.nodeId(), how, s.distanceKm(),
                    s.promisedDays(), lines, s.totalCost(), s.handlingCost(), s.pickCost(), s.carrierCost()));
        }
        for (LineException e : decision.exceptions()) {
            text.append(String.format(Locale.ROOT, "%nUnfilled line %d %s ×%d: %s: %s", e.lineNo(), e.sku(),
                    e.qtyUnfilled(), e.type(), e.reason()));
        }
        return text.toString();
    }
}
