package io.omniroute.server.store;

import static io.omniroute.server.store.TestNetwork.T0;

import io.omniroute.engine.model.Fulfillment;
import java.util.List;
import java.util.Optional;

/** Orders, exceptions and pickups for repository tests. */
final class TestOrders {

    private TestOrders() {
    }

    static OrderRecord pickupOrder(String orderId) {
        return new OrderRecord(orderId, T0, "WEB", Fulfillment.PICKUP, "SAME_DAY", 40.73, -73.99, "01003",
                Optional.of("ST-1"), "Ada Lovelace", "SOURCED", "default", 64.99, 1,
                List.of(new OrderLineRow(1, "SKU-1", 2), new OrderLineRow(2, "SKU-2", 1)),
                List.of(new AllocationRow(orderId, 1, "S1", "ST-1", "SKU-1", 2, "", "", "", 0.0, 0),
                        new AllocationRow(orderId, 2, "S1", "ST-1", "SKU-2", 1, "", "", "", 0.0, 0)));
    }

    static OrderRecord shipOrder(String orderId) {
        return new OrderRecord(orderId, T0, "APP", Fulfillment.SHIP, "STANDARD", 42.36, -71.06, "02108",
                Optional.empty(), "", "PARTIAL", "default", 25.0, 1,
                List.of(new OrderLineRow(1, "SKU-1", 2)),
                List.of(new AllocationRow(orderId, 1, "S1", "DC-1", "SKU-1", 1, "UPS", "GROUND", "Z2", 306.4, 3)));
    }

    static ExceptionRow openException(String exceptionId, String orderId) {
        return new ExceptionRow(exceptionId, orderId, 1, "SKU-1", 1, "NO_STOCK", "no ATP for SKU-1 within reach",
                ExceptionRow.OPEN, Optional.empty(), T0, Optional.empty(), Optional.empty(), 1);
    }

    static PickupRow newPickup(String orderId) {
        return new PickupRow(orderId, "ST-1", "NEW", "Ada Lovelace", T0.plusSeconds(7200), 64.99, 1,
                List.of(new PickupLineRow(1, "SKU-1", 2, 0, 0), new PickupLineRow(2, "SKU-2", 1, 0, 0)));
    }
}
