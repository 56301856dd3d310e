package io.omniroute.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A place stock can leave from.
 *
 * @param dailyCapacity most shipments handed to carriers per UTC day; empty means unlimited (pickups never count)
 * @param handlingCost cost per shipment
 * @param pickCost cost per unit picked
 * @param processingDays days from order to carrier hand-off
 */
public record Node(
        String id,
        String name,
        NodeType type,
        double lat,
        double lon,
        String zip,
        boolean ship,
        boolean pickup,
        boolean sameDay,
        boolean returns,
        OptionalInt dailyCapacity,
        double handlingCost,
        double pickCost,
        int processingDays,
        List<String> tags) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(dailyCapacity, "dailyCapacity");
        tags = List.copyOf(tags);
    }
}
