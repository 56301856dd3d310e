package io.omniroute.console.model;

import java.util.Objects;

/** A US ZIP code's centroid, city and state. */
public record Place(String zip, double lat, double lon, String city, String state) {

    public Place {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
    }
}
