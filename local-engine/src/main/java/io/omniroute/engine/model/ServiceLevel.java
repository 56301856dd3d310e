package io.omniroute.engine.model;

import java.util.Objects;

/** A delivery promise: the order must reach the customer within maxDays (0 means same day). */
public record ServiceLevel(String name, int maxDays) {

    public ServiceLevel {
        Objects.requireNonNull(name, "name");
    }
}
