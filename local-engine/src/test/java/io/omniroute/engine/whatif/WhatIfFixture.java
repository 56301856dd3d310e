package io.omniroute.engine.whatif;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Six nodes across the US with a million units of every SKU and no capacity limit, and single-line orders from
 * customers spread over the country, plus a few pickups in Boston.
 *
 * <p>Nothing here ever binds: no order can use up a position's stock, and no node has a capacity. So an order's
 * decision depends only on the order and the nodes that may ship, never on the orders before it. One line per order
 * means one node can always fill it all, and a second shipment would only add a handling cost and a base rate, so
 * every plan has one shipment. Handling costs differ by node, so two nodes never tie.
 */
final class WhatIfFixture {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final int SHIP_ORDERS = 300;
    static final int PICKUP_ORDERS = 10;

    private WhatIfFixture() {
    }

    static Scenario scenario() {
        List<Node> nodes = List.of(
                node("DC-EAST", NodeType.DC, 40.5, -74.4, 2.0, false),
                node("DC-MID", NodeType.DC, 41.8, -87.7, 2.1, false),
                node("DC-WEST", NodeType.DC, 34.0, -118.2, 2.3, false),
                node("ST-BOS", NodeType.STORE, 42.36, -71.06, 3.1, true),
                node("ST-DAL", NodeType.STORE, 32.78, -96.8, 3.3, true),
                node("DS-SEA", NodeType.DARK_STORE, 47.6, -122.3, 2.7, false),
                new Node("DC-SPARE", "DC-SPARE", NodeType.DC, 39.7, -105.0, "", false, false, false, false,
                        OptionalInt.empty(), 2.9, 0.2, 1, List.of()));
        List<Sku> skus = List.of(new Sku("A", "Lamp", "home", 1.5, 40), new Sku("B", "Rug", "home", 6.0, 120),
                new Sku("C", "Hose", "garden", 3.0, 25));
        List<InventoryPosition> inventory = new ArrayList<>();
        for (Node node : nodes) {
            if (node.ship()) {
                for (Sku sku : skus) {
                    inventory.add(new InventoryPosition(node.id(), sku.sku(), 1_000_000, 0));
                }
            }
        }
        List<Zone> zones = List.of(new Zone("Z1", OptionalDouble.of(300)), new Zone("Z2", OptionalDouble.of(1000)),
                new Zone("Z3", OptionalDouble.of(2000)), new Zone("Z4", OptionalDouble.empty()));
        List<CarrierService> carriers = List.of(
                service("PARCELCO", "GROUND", "Z1", 5.0, 0.4, 1), service("PARCELCO", "GROUND", "Z2", 6.5, 0.6, 2),
                service("PARCELCO", "GROUND", "Z3", 8.0, 0.8, 3), service("PARCELCO", "GROUND", "Z4", 10.0, 1.0, 5),
                service("FASTCO", "AIR", "Z4", 30.0, 2.5, 1));
        List<ServiceLevel> levels = List.of(new ServiceLevel("STANDARD", 7));
        return new Scenario(nodes, skus, inventory, zones, carriers, levels, orders(), Optional.empty());
    }

    private static List<Order> orders() {
        Random random = new Random(11);
        List<Order> orders = new ArrayList<>();
        String[] skus = {"A", "B", "C"};
        for (int i = 1; i <= SHIP_ORDERS; i++) {
            double lat = 30 + random.nextDouble() * 17;
            double lon = -122 + random.nextDouble() * 50;
            orders.add(new Order(String.format("O-%04d", i), START.plusSeconds(i * 60L), "WEB", Fulfillment.SHIP,
                    "STANDARD", lat, lon, "", Optional.empty(), "",
                    List.of(new OrderLine(1, skus[random.nextInt(3)], 1 + random.nextInt(4)))));
        }
        for (int i = 1; i <= PICKUP_ORDERS; i++) {
            orders.add(new Order(String.format("P-%04d", i), START.plusSeconds(i * 90L), "STORE", Fulfillment.PICKUP,
                    "STANDARD", 42.36, -71.06, "", Optional.of("ST-BOS"), "",
                    List.of(new OrderLine(1, "A", 1))));
        }
        return orders;
    }

    private static Node node(String id, NodeType type, double lat, double lon, double handling, boolean pickup) {
        return new Node(id, id, type, lat, lon, "", true, pickup, false, false, OptionalInt.empty(), handling, 0.2,
                1, List.of());
    }

    private static CarrierService service(String carrier, String service, String zone, double base, double perKg,
            int days) {
        return new CarrierService(carrier, service, zone, base, perKg, days, OptionalDouble.empty());
    }
}
