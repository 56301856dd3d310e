package io.omniroute.console.whatif;

import io.omniroute.cache.CachedOrder;
import io.omniroute.console.model.PositionTable;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A replayable scenario from the cache: the cached network, rate card and rules, the orders of a time window, and
 * the stock those orders found. Each position starts at {@code on_hand − reserved + held}, where held is what the
 * window's own orders hold there now: reserved while they wait, committed once shipped or collected (either way it
 * left ATP because of them). Reservations of orders outside the window stay taken, since they are not replayed.
 * Units released by a cancellation are back in on_hand already, so the cancelled demand is replayed from stock that
 * has it. What the engine cannot read (a SKU, node or service level the cached network lacks) is left out and
 * counted, never guessed.
 */
final class CacheBaseline {

    /** Reasons kept for the summary; the rest are only counted. */
    private static final int REASONS_KEPT = 5;

    /** The scenario and what building it left out. */
    record Snapshot(Scenario scenario, long unitsGivenBack, int ordersLeftOut, int positionsLeftOut,
            List<String> reasons) {

        Snapshot {
            reasons = List.copyOf(reasons);
        }
    }

    private final Scenario network;
    private final Set<String> nodes = new HashSet<>();
    private final Set<String> skus = new HashSet<>();
    private final Set<String> levels = new HashSet<>();
    private final List<String> reasons = new ArrayList<>();
    private int ordersLeftOut;
    private int positionsLeftOut;

    private CacheBaseline(Scenario network) {
        this.network = network;
        network.nodes().forEach(node -> nodes.add(node.id()));
        network.skus().forEach(sku -> skus.add(sku.sku()));
        network.serviceLevels().forEach(level -> levels.add(level.name()));
    }

    /**
     * @param network the cached network (nodes, SKUs, rate card, rules), without stock or orders
     * @param orders the window's orders, oldest first
     */
    static Snapshot build(Scenario network, PositionTable positions, List<CachedOrder> orders) {
        return new CacheBaseline(network).snapshot(positions, orders);
    }

    private Snapshot snapshot(PositionTable positions, List<CachedOrder> orders) {
        List<Order> replayed = new ArrayList<>(orders.size());
        Map<String, Integer> held = new HashMap<>();
        long givenBack = 0;
        for (CachedOrder cached : orders) {
            Optional<String> problem = problem(cached.order());
            if (problem.isPresent()) {
                ordersLeftOut++;
                note(problem.get());
                continue;
            }
            replayed.add(cached.order());
            for (CachedOrder.Allocation allocation : cached.allocations()) {
                held.merge(allocation.nodeId() + "|" + allocation.sku(), allocation.qty(), Integer::sum);
                givenBack += allocation.qty();
            }
        }
        List<InventoryPosition> stock = positions.read(view -> stock(view, held));
        Scenario scenario = new Scenario(network.nodes(), network.skus(), stock, network.zones(), network.carriers(),
                network.serviceLevels(), replayed, network.rules());
        return new Snapshot(scenario, givenBack, ordersLeftOut, positionsLeftOut, reasons);
    }

    private List<InventoryPosition> stock(PositionTable.View view, Map<String, Integer> held) {
        Map<String, Integer> unplaced = new LinkedHashMap<>(held);
        List<InventoryPosition> stock = new ArrayList<>(view.count());
        for (int row = 0; row < view.rows(); row++) {
            if (!view.live(row)) {
                continue;
            }
            String node = view.nodeId(view.node(row));
            String sku = view.skuId(view.sku(row));
            if (!nodes.contains(node) || !skus.contains(sku)) {
                positionsLeftOut++;
                note("position " + node + "|" + sku + ": the cached network lacks its "
                        + (nodes.contains(node) ? "SKU" : "node"));
                continue;
            }
            Integer mine = unplaced.remove(node + "|" + sku);
            int start = view.onHand(row) - view.reserved(row) + (mine == null ? 0 : mine);
            stock.add(new InventoryPosition(node, sku, Math.max(0, start), view.safetyStock(row)));
        }
        // a position deleted since the window's orders took from it still held their units then
        unplaced.forEach((key, units) -> {
            int bar = key.indexOf('|');
            String node = key.substring(0, bar);
            String sku = key.substring(bar + 1);
            if (nodes.contains(node) && skus.contains(sku)) {
                stock.add(new InventoryPosition(node, sku, units, 0));
            }
        });
        return stock;
    }

    /** Why the engine could not replay the order, or empty. */
    private Optional<String> problem(Order order) {
        if (!levels.contains(order.serviceLevel())) {
            return Optional.of("order " + order.orderId() + ": service level " + order.serviceLevel()
                    + " is not in the cached rate card");
        }
        if (order.pickupNodeId().isPresent() && !nodes.contains(order.pickupNodeId().get())) {
            return Optional.of("order " + order.orderId() + ": pickup node " + order.pickupNodeId().get()
                    + " is not in the cached network");
        }
        for (OrderLine line : order.lines()) {
            if (!skus.contains(line.sku())) {
                return Optional.of("order " + order.orderId() + " line " + line.lineNo() + ": SKU " + line.sku()
                        + " is not in the cached catalog");
            }
        }
        return Optional.empty();
    }

    private void note(String reason) {
        if (reasons.size() < REASONS_KEPT) {
            reasons.add(reason);
        }
    }
}
