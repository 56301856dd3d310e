package io.omniroute.engine.model;

import java.util.Objects;
import java.util.OptionalDouble;

/** A carrier distance band: a shipment belongs to the first zone, by ascending maxKm, that reaches it. */
public record Zone(String zone, OptionalDouble maxKm) {

    public Zone {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(maxKm, "maxKm");
    }
}
