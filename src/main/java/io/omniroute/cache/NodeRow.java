package io.omniroute.cache;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** A cached node, as nodes.csv describes it; an empty daily capacity is unlimited. */
public record NodeRow(String id, String name, String type, double lat, double lon, String zip, boolean ship,
        boolean pickup, boolean sameDay, boolean returns, OptionalInt dailyCapacity, int processingDays,
        List<String> tags) {

    public NodeRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(dailyCapacity, "dailyCapacity");
        tags = List.copyOf(tags);
    }
}
