package io.omniroute.console.inventory;

import java.util.Objects;

/** A node with ATP of the SKU, and how far it is from the ZIP the user typed. */
public record NearbyStock(String nodeId, String nodeName, String location, double km, int atp) {

    public NearbyStock {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(location, "location");
    }
}
