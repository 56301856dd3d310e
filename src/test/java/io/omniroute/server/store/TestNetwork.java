package io.omniroute.server.store;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** A tiny network of two nodes and two SKUs, in an order that is not alphabetical. */
final class TestNetwork {

    static final Instant T0 = Instant.parse("2026-03-02T08:15:00.123456Z");

    static final Node STORE = new Node("ST-1", "Main St, \"Store\"", NodeType.STORE, 40.73, -73.99, "01003", true,
            true, true, false, OptionalInt.of(200), 1.25, 0.3, 0, List.of());
    static final Node DC = new Node("DC-1", "East DC", NodeType.DC, 40.7128, -74.006, "10001", true, false, false,
            true, OptionalInt.empty(), 2.5, 0.1, 1, List.of("east", "bulk"));

    private TestNetwork() {
    }

    static Scenario scenario() {
        return new Scenario(
                List.of(STORE, DC),
                List.of(new Sku("SKU-2", "Desk Lamp", "home", 1.2, 39.99), new Sku("SKU-1", "Mug, blue", "", 0.4, 12.5)),
                List.of(new InventoryPosition("DC-1", "SKU-1", 100, 5), new InventoryPosition("ST-1", "SKU-1", 3, 1),
                        new InventoryPosition("ST-1", "SKU-2", 7, 0)),
                List.of(new Zone("Z2", OptionalDouble.of(600)), new Zone("Z1", OptionalDouble.of(150)),
                        new Zone("Z3", OptionalDouble.empty())),
                List.of(new CarrierService("UPS", "GROUND", "Z1", 6.5, 0.5, 2, OptionalDouble.empty()),
                        new CarrierService("UPS", "GROUND", "Z3", 11, 0.9, 5, OptionalDouble.of(4000))),
                List.of(new ServiceLevel("STANDARD", 5), new ServiceLevel("SAME_DAY", 0)),
                List.of(),
                Optional.empty());
    }
}
