package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import java.util.Objects;

/** What one shipment from one node would cost, by the scenario's cost model, with the service that carries it. */
public record PricedShipment(
        CarrierService service,
        double distanceKm,
        int promisedDays,
        double handlingCost,
        double pickCost,
        double carrierCost,
        double totalCost) {

    public PricedShipment {
        Objects.requireNonNull(service, "service");
    }
}
