package io.omniroute.console.network;

import java.util.Objects;

/** A node's marker: where it is on the map (map units), its kind, and its radius in pixels (zoom leaves it be). */
public record MapMarker(String nodeId, NodeKind kind, double x, double y, double radius) {

    public MapMarker {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kind, "kind");
    }
}
