package io.omniroute.console.network;

import io.omniroute.cache.NodeRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the node panel shows of one node, worked out into display text once, so the view only binds labels.
 *
 * @param capacityUse     today's share of the capacity for the bar (0..1; 0 when unlimited)
 * @param staleWarning    why its stock is not to be trusted; "" when it is fresh
 */
public record NodeDetails(String id, String name, String kind, String location, List<String> capabilities,
        List<String> tags, String shipments, double capacityUse, CapacityLevel capacityLevel, String positions,
        String skusInStock, String unitsOnHand, String reserved, String atp, String staleWarning) {

    public NodeDetails {
        capabilities = List.copyOf(capabilities);
        tags = List.copyOf(tags);
    }

    /** Nothing chosen. */
    public static NodeDetails none() {
        return new NodeDetails("", "", "", "", List.of(), List.of(), "", 0, CapacityLevel.UNLIMITED, "", "", "", "",
                "", "");
    }

    public static NodeDetails of(NetworkNode node, Instant now, Duration staleAfter) {
        NodeStock stock = node.stock();
        OptionalDouble use = node.capacityUse();
        return new NodeDetails(node.id(), node.name(), node.kind().label(), node.info().location(),
                capabilities(node), node.info().row().tags(), shipments(node),
                Math.min(1, use.orElse(0)), CapacityLevel.of(use), Formats.count(stock.positions()),
                Formats.count(stock.skusInStock()), Formats.count(stock.unitsOnHand()),
                Formats.count(stock.reserved()), Formats.count(stock.atp()), staleWarning(stock, now, staleAfter));
    }

    public boolean isStale() {
        return !staleWarning.isEmpty();
    }

    private static List<String> capabilities(NetworkNode node) {
        NodeRow row = node.info().row();
        List<String> capabilities = new ArrayList<>();
        if (row.ship()) {
            capabilities.add("Ship");
        }
        if (row.pickup()) {
            capabilities.add("Pickup");
        }
        if (row.sameDay()) {
            capabilities.add("Same-day");
        }
        if (row.returns()) {
            capabilities.add("Returns");
        }
        return capabilities;
    }

    /** "12 of 40 shipments today (30%)", or "12 shipments today, unlimited capacity". */
    private static String shipments(NetworkNode node) {
        int today = node.shipmentsToday();
        if (node.dailyCapacity().isEmpty()) {
            return Formats.count(today) + " shipments today, unlimited capacity";
        }
        return Formats.count(today) + " of " + Formats.count(node.dailyCapacity().getAsInt()) + " shipments today ("
                + Math.round(node.capacityUse().orElse(0) * 100) + "%)";
    }

    private static String staleWarning(NodeStock stock, Instant now, Duration staleAfter) {
        if (!stock.isStaleAt(now, staleAfter)) {
            return "";
        }
        return stock.newestUpdate()
                .map(newest -> "Stock last updated " + Formats.age(Duration.between(newest, now))
                        + " ago, longer than the " + Formats.threshold(staleAfter) + " allowed.")
                .orElse("No position of this node says when it was last updated.");
    }
}
