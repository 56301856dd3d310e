package io.omniroute.engine.sourcing;

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
import io.omniroute.engine.rules.RuleSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A hand-built network around Chicago: a DC in Joliet (~60 km), a store downtown (~2 km), a dark store and a
 * far DC in Dallas (~1,300 km), with one ground service that takes 1 day per zone and an overnight one.
 */
final class TinyNetwork {

    static final double CUSTOMER_LAT = 41.88;
    static final double CUSTOMER_LON = -87.63;
    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    final List<Node> nodes = new ArrayList<>(List.of(
            node("DC-JOL", NodeType.DC, 41.525, -88.082, OptionalInt.empty(), 2.5, 0.3, 1, false, List.of()),
            node("ST-CHI", NodeType.STORE, 41.89, -87.62, OptionalInt.of(2), 5.0, 1.0, 0, true, List.of("urban")),
            node("DS-CHI", NodeType.DARK_STORE, 41.90, -87.65, OptionalInt.of(50), 3.0, 0.5, 0, true, List.of()),
            node("DC-DAL", NodeType.DC, 32.78, -96.80, OptionalInt.empty(), 2.0, 0.3, 1, false, List.of())));
    final List<Sku> skus = List.of(new Sku("A", "Item A", "home", 1.0, 20), new Sku("B", "Item B", "home", 4.0, 60));
    final List<InventoryPosition> inventory = new ArrayList<>();
    final List<Zone> zones = List.of(new Zone("Z1", OptionalDouble.of(100)), new Zone("Z2", OptionalDouble.of(1000)),
            new Zone("Z3", OptionalDouble.empty()));
    final List<CarrierService> carriers = List.of(
            new CarrierService("PARCELCO", "GROUND", "Z1", 5.0, 0.5, 1, OptionalDouble.empty()),
            new CarrierService("PARCELCO", "GROUND", "Z2", 7.0, 0.7, 2, OptionalDouble.empty()),
            new CarrierService("PARCELCO", "GROUND", "Z3", 9.0, 0.9, 4, OptionalDouble.empty()),
            new CarrierService("PARCELCO", "OVERNIGHT", "Z3", 25.0, 2.0, 1, OptionalDouble.empty()),
            new CarrierService("SWIFT", "SAME_DAY", "Z1", 8.0, 0.2, 0, OptionalDouble.of(60)));
    final List<ServiceLevel> levels = List.of(new ServiceLevel("SAME_DAY", 0), new ServiceLevel("NEXT_DAY", 1),
            new ServiceLevel("TWO_DAY", 2),
            new ServiceLevel("STANDARD", 5));

    private static Node node(String id, NodeType type, double lat, double lon, OptionalInt capacity, double handling,
            double pick, int processingDays, boolean pickup, List<String> tags) {
        return new Node(id, id, type, lat, lon, "60601", true, pickup, type == NodeType.DARK_STORE, false, capacity,
                handling, pick, processingDays, tags);
    }

    TinyNetwork stock(String node, String sku, int onHand, int safetyStock) {
        inventory.add(new InventoryPosition(node, sku, onHand, safetyStock));
        return this;
    }

    static Order ship(String id, String serviceLevel, OrderLine... lines) {
        return new Order(id, NOON, "WEB", Fulfillment.SHIP, serviceLevel, CUSTOMER_LAT, CUSTOMER_LON, "60601",
                Optional.empty(), "", List.of(lines));
    }

    static Order pickup(String id, String store, OrderLine... lines) {
        return new Order(id, NOON, "WEB", Fulfillment.PICKUP, "STANDARD", CUSTOMER_LAT, CUSTOMER_LON, "60601",
                Optional.of(store), "", List.of(lines));
    }

    static OrderLine line(int lineNo, String sku, int qty) {
        return new OrderLine(lineNo, sku, qty);
    }

    Sourcer sourcer(RuleSet rules) {
        Scenario scenario = new Scenario(nodes, skus, inventory, zones, carriers, levels, List.of(), Optional.of(rules));
        NetworkModel network = NetworkModel.of(scenario);
        return Sourcer.create(network, InventoryLedger.of(network, inventory), CapacityLedger.of(network), rules);
    }
}
