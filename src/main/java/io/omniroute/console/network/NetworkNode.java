package io.omniroute.console.network;

import io.omniroute.console.model.NodeInfo;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of the Network screen: a node, its stock in sum, today's shipments, and where it sits on the map (empty
 * when the map has no place for it). Immutable, so the list and the map can share it across threads.
 */
public record NetworkNode(NodeInfo info, NodeStock stock, int shipmentsToday, Optional<MapPoint> mapPoint) {

    public NetworkNode {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(mapPoint, "mapPoint");
    }

    public String id() {
        return info.id();
    }

    public String name() {
        return info.name();
    }

    public NodeKind kind() {
        return NodeKind.of(info.type());
    }

    /** The postal code of its state ("" when its ZIP is unknown). */
    public String state() {
        return info.state();
    }

    public long unitsOnHand() {
        return stock.unitsOnHand();
    }

    /** Empty when the node's capacity is unlimited. */
    public OptionalInt dailyCapacity() {
        return info.row().dailyCapacity();
    }

    /**
     * Today's shipments over the daily capacity (1.0 = full, more = over); empty when unlimited. A capacity of 0
     * reads as full: the node takes no shipments.
     */
    public OptionalDouble capacityUse() {
        OptionalInt capacity = dailyCapacity();
        if (capacity.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(capacity.getAsInt() <= 0 ? 1.0 : (double) shipmentsToday / capacity.getAsInt());
    }
}
