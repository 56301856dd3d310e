package io.omniroute.console.inventory;

import java.util.Objects;

/** A SKU's stock over the nodes of one type: how many of them have ATP, and the ATP summed. */
public record TypeStock(String nodeType, int nodesInStock, long atp) {

    public TypeStock {
        Objects.requireNonNull(nodeType, "nodeType");
    }
}
