package io.omniroute.console.planning;

import io.omniroute.cache.CachedOrder;
import io.omniroute.console.model.PlanningNetwork;
import io.omniroute.console.model.PositionTable;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.rules.RuleSet;
import io.omniroute.engine.sourcing.Alternatives;
import io.omniroute.engine.sourcing.CapacityLedger;
import io.omniroute.engine.sourcing.InventoryLedger;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Sourcer;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One order's planning world as a reroute would meet it on the backend: the positions of the order's SKUs as the
 * cache has them, with the order's own reservations and shipment slots given back (a reroute releases them first),
 * and the capacity the cached orders use on the order's ship day. The engine plans the order's units that are not
 * cancelled. Not thread-safe: build one per background task.
 */
public final class OrderWorld {

    private final PlanningNetwork network;
    private final CachedOrder cached;
    private final Order open;
    private final InventoryLedger inventory;
    private final CapacityLedger capacity;
    private final Set<String> shipsFrom;

    private OrderWorld(PlanningNetwork network, CachedOrder cached, Order open, InventoryLedger inventory,
            CapacityLedger capacity, Set<String> shipsFrom) {
        this.network = network;
        this.cached = cached;
        this.open = open;
        this.inventory = inventory;
        this.capacity = capacity;
        this.shipsFrom = shipsFrom;
    }

    /**
     * @param slotsOnShipDay capacity slots each node has taken on the order's ship day, this order's among them
     */
    public static OrderWorld of(PlanningNetwork network, PositionTable positions, CachedOrder order,
            Map<String, Integer> slotsOnShipDay) {
        return of(network, positions, order, slotsOnShipDay, BatchHolds.none());
    }

    /**
     * @param batch what the plans chosen earlier in the same batch take and give back: this order plans after them
     */
    public static OrderWorld of(PlanningNetwork network, PositionTable positions, CachedOrder order,
            Map<String, Integer> slotsOnShipDay, BatchHolds batch) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(order, "order");
        NetworkModel model = network.model();
        Order open = openUnits(order.order(), order);
        Map<String, Integer> held = new HashMap<>();
        Set<String> shipsFrom = new HashSet<>();
        for (CachedOrder.Allocation allocation : order.allocations()) {
            held.merge(allocation.nodeId() + "|" + allocation.sku(), allocation.qty(), Integer::sum);
            if (!allocation.carrier().isEmpty()) {
                shipsFrom.add(allocation.nodeId());
            }
        }
        Set<String> skus = new LinkedHashSet<>();
        open.lines().forEach(line -> skus.add(line.sku()));
        List<InventoryPosition> stock = positions.read(view -> {
            List<InventoryPosition> found = new ArrayList<>();
            for (String sku : skus) {
                if (model.skuIndex(sku) < 0) {
                    continue;
                }
                for (Node node : model.nodes()) {
                    int row = view.row(node.id(), sku);
                    if (row >= 0 && view.live(row)) {
                        int mine = held.getOrDefault(node.id() + "|" + sku, 0);
                        found.add(new InventoryPosition(node.id(), sku, Math.max(0, view.onHand(row)
                                - view.reserved(row) + mine - batch.units(node.id(), sku)), view.safetyStock(row)));
                    }
                }
            }
            return found;
        });
        CapacityLedger capacity = CapacityLedger.of(model);
        Instant day = order.order().createdAt();
        LocalDate shipDay = shipDay(order);
        Map<String, Integer> used = new HashMap<>(slotsOnShipDay);
        for (Node node : model.nodes()) {
            int taken = used.getOrDefault(node.id(), 0) - (shipsFrom.contains(node.id()) ? 1 : 0)
                    + batch.slots(shipDay, node.id());
            if (taken > 0) {
                capacity.preload(node.id(), day, taken);
            }
        }
        return new OrderWorld(network, order, open, InventoryLedger.of(model, stock), capacity, Set.copyOf(shipsFrom));
    }

    /** The order with each line cut to its units not cancelled; lines with none left are dropped. */
    private static Order openUnits(Order order, CachedOrder cached) {
        List<OrderLine> lines = new ArrayList<>();
        for (CachedOrder.Line line : cached.lines()) {
            int units = line.qty() - line.cancelledQty();
            if (units > 0) {
                lines.add(new OrderLine(line.lineNo(), line.sku(), units));
            }
        }
        return new Order(order.orderId(), order.createdAt(), order.channel(), order.fulfillment(),
                order.serviceLevel(), order.lat(), order.lon(), order.zip(), order.pickupNodeId(),
                order.customerName(), lines);
    }

    /** The UTC day the order's shipments count against, as the backend counts them. */
    public static LocalDate shipDay(CachedOrder order) {
        return LocalDate.ofInstant(order.order().createdAt(), ZoneOffset.UTC);
    }

    /**
     * Up to {@code limit} plans, the optimum first, by the rules' cascade or, when a profile is named, by that
     * profile (its fallbacks still apply).
     */
    public Alternatives alternatives(int limit, Optional<String> profile) {
        RuleSet rules = profile.map(network.rules()::startingWith).orElse(network.rules());
        return Sourcer.create(network.model(), inventory, capacity, rules).alternatives(open, limit);
    }

    /** The optimal decision alone, by the cascade or a named profile: what a bulk re-source applies. */
    public SourcingDecision decide(Optional<String> profile) {
        RuleSet rules = profile.map(network.rules()::startingWith).orElse(network.rules());
        return Sourcer.create(network.model(), inventory, capacity, rules).decide(open);
    }

    /** Units of the SKU this order could take at the node: ATP as the cache has it, plus what it holds there. */
    public int atp(String nodeId, String sku) {
        return inventory.atp(nodeId, sku);
    }

    /** Shipments the node can still take on the order's ship day, apart from this order's own. */
    public int capacityLeft(String nodeId) {
        return capacity.remaining(nodeId, cached.order().createdAt());
    }

    /** Whether the order ships from the node now, and so holds one of its slots that day. */
    public boolean shipsFrom(String nodeId) {
        return shipsFrom.contains(nodeId);
    }

    public PlanningNetwork network() {
        return network;
    }

    public CachedOrder cached() {
        return cached;
    }

    /** The order as the engine plans it: the units not cancelled. */
    public Order openOrder() {
        return open;
    }
}
