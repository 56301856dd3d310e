package io.omniroute.cli;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.Explanation;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.NodeVerdict;
import io.omniroute.engine.sourcing.ProfileAttempt;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.SourcingDecision;
import io.omniroute.engine.sourcing.Verdict;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an {@link Explanation} as plain text for the terminal. */
final class ExplanationPrinter {

    private final PrintWriter out;
    private final NetworkModel network;
    private final int limit;

    ExplanationPrinter(PrintWriter out, NetworkModel network, int limit) {
        this.out = out;
        this.network = network;
        this.limit = limit;
    }

    void print(Order order, Explanation explanation) {
        SourcingDecision decision = explanation.decision();
        out.printf(Locale.ROOT, "Order %s  %s  %s  %s  %s  to %s (%.4f, %.4f)%s%n", order.orderId(),
                order.createdAt(), order.channel(), order.fulfillment(), order.serviceLevel(), order.zip(), order.lat(),
                order.lon(), order.pickupNodeId().map(id -> "  pickup at " + id).orElse(""));
        for (OrderLine line : order.lines()) {
            out.printf(Locale.ROOT, "  line %d  %s x%d%n", line.lineNo(), line.sku(), line.qty());
        }
        out.println();
        out.println("Rule cascade:");
        for (ProfileAttempt attempt : decision.attempts()) {
            out.printf(Locale.ROOT, "  %s (%s): filled %d units%s%n", attempt.profile(), attempt.reached(),
                    attempt.unitsFilled(), attempt.unitsFilled() == 0 && attempt != last(decision.attempts())
                            ? ", so its fallback is tried" : "");
        }
        out.println();
        int shipments = decision.shipments().size();
        out.printf(Locale.ROOT, "Decision: %d %s, %d of %d units, cost %.2f, objective %.2f"
                + " (the proven minimum under profile %s)%n", shipments, shipments == 1 ? "shipment" : "shipments",
                decision.unitsFilled(),
                order.units(), decision.totalCost(), decision.objective(), decision.profile());
        for (Shipment shipment : decision.shipments()) {
            printShipment(shipment);
        }
        for (LineException exception : decision.exceptions()) {
            out.printf(Locale.ROOT, "  unfilled line %d %s x%d: %s: %s%n", exception.lineNo(), exception.sku(),
                    exception.qtyUnfilled(), exception.type(), exception.reason());
        }
        out.println();
        printVerdicts(explanation.nodes());
        out.flush();
    }

    private static ProfileAttempt last(List<ProfileAttempt> attempts) {
        return attempts.get(attempts.size() - 1);
    }

    private void printShipment(Shipment shipment) {
        String lines = shipment.lines().stream().map(l -> "line " + l.lineNo() + " x" + l.qty())
                .collect(Collectors.joining(", "));
        String how = shipment.carrier().isEmpty() ? "pickup" : shipment.carrier() + " " + shipment.service()
                + " zone " + shipment.zone();
        out.printf(Locale.ROOT, "  %s from %s (%s): %s, %.0f km, %d days, %s%n", shipment.shipmentId(),
                shipment.nodeId(), nodeName(shipment.nodeId()), how, shipment.distanceKm(), shipment.promisedDays(),
                lines);
        out.printf(Locale.ROOT, "      handling %.2f + pick %.2f + carrier %.2f = %.2f%n", shipment.handlingCost(),
                shipment.pickCost(), shipment.carrierCost(), shipment.totalCost());
    }

    private void printVerdicts(List<NodeVerdict> verdicts) {
        Map<Verdict, List<NodeVerdict>> byVerdict = verdicts.stream()
                .collect(Collectors.groupingBy(NodeVerdict::verdict, () -> new EnumMap<>(Verdict.class),
                        Collectors.toList()));
        out.printf(Locale.ROOT, "Every node (%d):", verdicts.size());
        byVerdict.forEach((verdict, list) -> out.printf(Locale.ROOT, "  %s %d", verdict, list.size()));
        out.println();
        byVerdict.forEach((verdict, list) -> {
            out.printf(Locale.ROOT, "%s:%n", verdict);
            list.stream().limit(limit).forEach(v -> out.printf(Locale.ROOT, "  %-12s %-34s %6.0f km  %s%n",
                    v.nodeId(), nodeName(v.nodeId()), v.distanceKm().orElse(0), v.detail()));
            if (list.size() > limit) {
                out.printf(Locale.ROOT, "  ... and %d more (--all lists them)%n", list.size() - limit);
            }
        });
    }

    private String nodeName(String nodeId) {
        int index = network.nodeIndex(nodeId);
        if (index < 0) {
            return "";
        }
        Node node = network.node(index);
        String name = node.name();
        return name.length() > 34 ? name.substring(0, 33) + "…" : name;
    }
}
