package io.omniroute.console.network;

import java.util.List;
import java.util.Objects;

/** A state's outline as the GeoJSON gives it: rings of longitude/latitude pairs (x = longitude, y = latitude). */
public record StateOutline(UsState state, List<MapRing> rings) {

    public StateOutline {
        Objects.requireNonNull(state, "state");
        rings = List.copyOf(rings);
    }
}
