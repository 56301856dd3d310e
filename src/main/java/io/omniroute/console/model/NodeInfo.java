package io.omniroute.console.model;

import io.omniroute.cache.NodeRow;
import java.util.Objects;

/** A node as the screens show it: the cached row, plus its city and state from its ZIP ("" when unknown). */
public record NodeInfo(NodeRow row, String city, String state) {

    public NodeInfo {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
    }

    public String id() {
        return row.id();
    }

    public String name() {
        return row.name();
    }

    public String type() {
        return row.type();
    }

    /** "Dallas, TX", or the ZIP when the directory does not know it. */
    public String location() {
        return city.isEmpty() ? row.zip() : city + ", " + state;
    }
}
