package io.omniroute.engine.sourcing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Shipments handed to carriers per node and UTC day, against each node's daily capacity. */
public final class CapacityLedger {

    private static final long SECONDS_PER_DAY = 86_400L;

    private final NetworkModel network;
    private final Map<Long, int[]> usedByDay = new HashMap<>();

    private CapacityLedger(NetworkModel network) {
        this.network = network;
    }

    public static CapacityLedger of(NetworkModel network) {
        return new CapacityLedger(network);
    }

    /** The UTC day an instant falls on, as days since 1970-01-01: capacity is counted per such day. */
    public static long utcDay(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), SECONDS_PER_DAY);
    }

    /** Shipments a node can still take on the UTC day of {@code time}; Integer.MAX_VALUE when unlimited. */
    public int remaining(String nodeId, Instant time) {
        int node = network.nodeIndex(nodeId);
        if (node < 0) {
            throw new IllegalArgumentException("unknown node " + nodeId);
        }
        return remaining(node, utcDay(time));
    }

    int remaining(int node, long day) {
        int capacity = network.nodeCapacity[node];
        if (capacity == Integer.MAX_VALUE) {
            return capacity;
        }
        int[] used = usedByDay.get(day);
        return capacity - (used == null ? 0 : used[node]);
    }

    /** Shipments per node on a day, or null when none yet; read-only for callers. */
    int[] usedOn(long day) {
        return usedByDay.get(day);
    }

    public int used(String nodeId, Instant time) {
        int[] used = usedByDay.get(utcDay(time));
        return used == null ? 0 : used[network.nodeIndex(nodeId)];
    }

    void take(int node, long day) {
        if (remaining(node, day) <= 0) {
            throw new IllegalStateException("node " + network.node(node).id() + " is at its daily capacity of "
                    + network.nodeCapacity[node] + " shipments");
        }
        usedByDay.computeIfAbsent(day, d -> new int[network.nodeCount()])[node]++;
    }

    /**
     * Sets the shipments a node has already handed to carriers on the UTC day of {@code time}, for a ledger built
     * from a store of record rather than from the orders it has sourced itself.
     */
    public void preload(String nodeId, Instant time, int shipments) {
        int node = network.nodeIndex(nodeId);
        if (node < 0) {
            throw new IllegalArgumentException("unknown node " + nodeId);
        }
        if (shipments < 0) {
            throw new IllegalArgumentException("shipments must be >= 0, was " + shipments + " for node " + nodeId);
        }
        usedByDay.computeIfAbsent(utcDay(time), d -> new int[network.nodeCount()])[node] = shipments;
    }

    /** Shipments per node summed over every day, for utilization figures. */
    public int[] shipmentsByNode() {
        int[] total = new int[network.nodeCount()];
        for (int[] day : usedByDay.values()) {
            for (int i = 0; i < total.length; i++) {
                total[i] += day[i];
            }
        }
        return total;
    }
}
