package io.omniroute.engine.model;

import java.util.Objects;
import java.util.OptionalDouble;

/** One carrier service's rate and transit time in one zone. */
public record CarrierService(
        String carrier,
        String service,
        String zone,
        double baseRate,
        double perKg,
        int transitDays,
        OptionalDouble maxKm) {

    public CarrierService {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(maxKm, "maxKm");
    }
}
