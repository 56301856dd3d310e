package io.omniroute.console.store;

import java.util.Objects;

/** A store the queue can show: a pickup-capable node. Its text is what the picker lists and searches. */
public record StoreChoice(String nodeId, String name) {

    public StoreChoice {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name.isEmpty() ? nodeId : nodeId + " \u00b7 " + name;
    }
}
