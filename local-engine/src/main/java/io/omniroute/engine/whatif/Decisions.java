package io.omniroute.engine.whatif;

import io.omniroute.engine.sourcing.ExceptionType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a run decided for each order, in processing order, kept in primitive arrays (about 40 bytes an order) so a
 * million-order run can be compared without holding its decision records.
 */
public final class Decisions {

    static final int NO_PROMISE = -1;

    private final List<String> nodeIds;
    private final String[] orderIds;
    private final int[] nodeStart;
    private final int[] nodes;
    private final double[] cost;
    private final int[] promisedDays;
    private final int[] unitsOrdered;
    private final int[] unitsFilled;
    private final byte[] exceptionBits;

    Decisions(List<String> nodeIds, String[] orderIds, int[] nodeStart, int[] nodes, double[] cost,
            int[] promisedDays, int[] unitsOrdered, int[] unitsFilled, byte[] exceptionBits) {
        this.nodeIds = List.copyOf(nodeIds);
        this.orderIds = orderIds;
        this.nodeStart = nodeStart;
        this.nodes = nodes;
        this.cost = cost;
        this.promisedDays = promisedDays;
        this.unitsOrdered = unitsOrdered;
        this.unitsFilled = unitsFilled;
        this.exceptionBits = exceptionBits;
    }

    /** Orders decided. */
    public int size() {
        return orderIds.length;
    }

    public String orderId(int i) {
        return orderIds[i];
    }

    /** The nodes the order ships from (one shipment each), in the order of the run's node list. */
    public List<String> nodeIds(int i) {
        List<String> ids = new ArrayList<>(shipments(i));
        for (int k = nodeStart[i]; k < nodeStart[i + 1]; k++) {
            ids.add(nodeIds.get(nodes[k]));
        }
        return ids;
    }

    /** Shipments of the order; a plan has at most one per node, so this is also the number of nodes. */
    public int shipments(int i) {
        return nodeStart[i + 1] - nodeStart[i];
    }

    /** Total real cost of the order's shipments: handling, pick and carrier, without rule biases or penalties. */
    public double cost(int i) {
        return cost[i];
    }

    /** Days until the order's last shipment arrives (the latest promised_days), empty when nothing ships. */
    public OptionalInt promisedDays(int i) {
        return promisedDays[i] == NO_PROMISE ? OptionalInt.empty() : OptionalInt.of(promisedDays[i]);
    }

    public int unitsOrdered(int i) {
        return unitsOrdered[i];
    }

    public int unitsFilled(int i) {
        return unitsFilled[i];
    }

    /** The types of the order's line exceptions; empty when every unit is filled. */
    public Set<ExceptionType> exceptionTypes(int i) {
        Set<ExceptionType> types = EnumSet.noneOf(ExceptionType.class);
        for (ExceptionType type : ExceptionType.values()) {
            if ((exceptionBits[i] & (1 << type.ordinal())) != 0) {
                types.add(type);
            }
        }
        return types;
    }

    /** Everything recorded about one order, as a record. */
    public OrderOutcome outcome(int i) {
        return new OrderOutcome(nodeIds(i), shipments(i), cost(i), promisedDays(i), unitsOrdered(i), unitsFilled(i),
                exceptionTypes(i));
    }

    List<String> nodeIdList() {
        return nodeIds;
    }

    int nodeStart(int i) {
        return nodeStart[i];
    }

    int node(int k) {
        return nodes[k];
    }

    int rawPromisedDays(int i) {
        return promisedDays[i];
    }

    byte exceptionBits(int i) {
        return exceptionBits[i];
    }
}
