package io.omniroute.console.network;

import java.util.List;
import java.util.Objects;

/** A state projected onto the map and simplified: its rings in map units, drawn as one even-odd path. */
public record StateShape(UsState state, List<MapRing> rings) {

    public StateShape {
        Objects.requireNonNull(state, "state");
        rings = List.copyOf(rings);
    }

    public int pointCount() {
        return rings.stream().mapToInt(MapRing::size).sum();
    }
}
