package io.omniroute.server.commands;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.sourcing.GreatCircle;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.Sourcer;
import io.omniroute.engine.sourcing.SourcingDecision;
import io.omniroute.server.store.InventoryRow;
import io.omniroute.server.store.OrderRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a planner could do with units a pickup store cannot give: the nearest other pickup stores with the ATP, and
 * the plan the rules would make to ship them to the customer instead. The server names them; it never takes them,
 * because changing where the customer collects needs the customer's decision.
 */
final class RejectAlternatives {

    /** Enough stores to choose from without burying the reason. */
    private static final int STORES_NAMED = 3;

    private final NetworkModel network;
    private final Sourcer sourcer;
    private final Map<String, InventoryRow> positions = new HashMap<>();

    /**
     * @param sourcer a sourcer over the stock as the command leaves it; it is only asked, never made to reserve
     * @param positions the current positions of the rejected SKUs
     */
    RejectAlternatives(NetworkModel network, Sourcer sourcer, List<InventoryRow> positions) {
        this.network = network;
        this.sourcer = sourcer;
        for (InventoryRow row : positions) {
            this.positions.put(row.feedId(), row);
        }
    }

    /** One sentence naming the alternatives for qty units of the order's line, or saying there are none. */
    String describe(OrderRecord order, String storeId, int lineNo, String sku, int qty, Instant now) {
        List<String> stores = nearestStoresWith(storeId, sku, qty);
        String ship = shipPlan(order, lineNo, sku, qty, now);
        return "Alternatives for " + qty + " of " + sku + ": "
                + (stores.isEmpty() ? "no other pickup store has them" : "collect at " + String.join(", ", stores))
                + "; " + ship + ". The pickup store is not changed without the customer's decision.";
    }

    private List<String> nearestStoresWith(String storeId, String sku, int qty) {
        Node store = network.node(network.nodeIndex(storeId));
        Comparator<Node> nearest = Comparator.comparingDouble(node -> km(store, node));
        List<String> named = new ArrayList<>();
        network.nodes().stream()
                .filter(node -> node.pickup() && !node.id().equals(storeId) && atp(node.id(), sku) >= qty)
                .sorted(nearest.thenComparing(Node::id))
                .limit(STORES_NAMED)
                .forEach(node -> named.add(String.format(Locale.ROOT, "%s %.1f km away (ATP %d)", node.id(),
                        km(store, node), atp(node.id(), sku))));
        return named;
    }

    /** The rules' plan to ship the units to the customer's address, as of now. */
    private String shipPlan(OrderRecord order, int lineNo, String sku, int qty, Instant now) {
        Order shipped = new Order(order.orderId(), now, order.channel(), Fulfillment.SHIP, order.serviceLevel(),
                order.lat(), order.lon(), order.zip(), Optional.empty(), order.customerName(),
                List.of(new OrderLine(lineNo, sku, qty)));
        SourcingDecision decision = sourcer.decide(shipped);
        if (decision.shipments().isEmpty()) {
            return "shipping them " + order.serviceLevel() + " is not possible"
                    + decision.exceptions().stream().findFirst().map(e -> " (" + e.reason() + ")").orElse("");
        }
        List<String> shipments = new ArrayList<>();
        for (Shipment shipment : decision.shipments()) {
            shipments.add(String.format(Locale.ROOT, "%d from %s by %s %s in %d days", shipment.units(),
                    shipment.nodeId(), shipment.carrier(), shipment.service(), shipment.promisedDays()));
        }
        return String.format(Locale.ROOT, "or ship %s (cost %.2f, profile %s)", String.join(" + ", shipments),
                decision.totalCost(), decision.profile());
    }

    private int atp(String nodeId, String sku) {
        InventoryRow row = positions.get(nodeId + "|" + sku);
        return row == null ? 0 : row.atp();
    }

    private static double km(Node from, Node to) {
        return GreatCircle.km(from.lat(), from.lon(), to.lat(), to.lon());
    }
}
