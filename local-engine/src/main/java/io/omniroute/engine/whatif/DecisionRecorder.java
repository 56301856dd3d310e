package io.omniroute.engine.whatif;

import io.omniroute.engine.model.Order;
import io.omniroute.engine.simulation.SimulationListener;
import io.omniroute.engine.sourcing.LineException;
import io.omniroute.engine.sourcing.NetworkModel;
import io.omniroute.engine.sourcing.Shipment;
import io.omniroute.engine.sourcing.SourcingDecision;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Keeps each decision of a run in the arrays of {@link Decisions}, and stops the run between two orders once it is
 * cancelled.
 */
final class DecisionRecorder implements SimulationListener {

    private final String run;
    private final NetworkModel network;
    private final BooleanSupplier cancelled;
    private final String[] orderIds;
    private final int[] nodeStart;
    private final double[] cost;
    private final int[] promisedDays;
    private final int[] unitsOrdered;
    private final int[] unitsFilled;
    private final byte[] exceptionBits;
    private int[] nodes;
    private int size;

    DecisionRecorder(String run, NetworkModel network, int orders, BooleanSupplier cancelled) {
        this.run = run;
        this.network = network;
        this.cancelled = cancelled;
        orderIds = new String[orders];
        nodeStart = new int[orders + 1];
        cost = new double[orders];
        promisedDays = new int[orders];
        unitsOrdered = new int[orders];
        unitsFilled = new int[orders];
        exceptionBits = new byte[orders];
        nodes = new int[orders + orders / 4 + 16];
    }

    @Override
    public void decided(Order order, SourcingDecision decision) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("run '" + run + "' was cancelled after " + size + " of "
                    + orderIds.length + " orders");
        }
        int i = size++;
        orderIds[i] = order.orderId();
        int start = nodeStart[i];
        int count = decision.shipments().size();
        if (start + count > nodes.length) {
            nodes = Arrays.copyOf(nodes, Math.max(start + count, nodes.length + nodes.length / 2));
        }
        double total = 0;
        int promise = Decisions.NO_PROMISE;
        int filled = 0;
        for (int k = 0; k < count; k++) {
            Shipment shipment = decision.shipments().get(k);
            nodes[start + k] = network.nodeIndex(shipment.nodeId());
            total += shipment.totalCost();
            promise = Math.max(promise, shipment.promisedDays());
            filled += shipment.units();
        }
        Arrays.sort(nodes, start, start + count);
        nodeStart[i + 1] = start + count;
        cost[i] = total;
        promisedDays[i] = promise;
        unitsOrdered[i] = order.units();
        unitsFilled[i] = filled;
        int bits = 0;
        for (LineException exception : decision.exceptions()) {
            bits |= 1 << exception.type().ordinal();
        }
        exceptionBits[i] = (byte) bits;
    }

    int recorded() {
        return size;
    }

    Decisions decisions() {
        if (size != orderIds.length) {
            throw new IllegalStateException("run '" + run + "' recorded " + size + " of " + orderIds.length
                    + " orders: its driver must pass every decision to the recorder");
        }
        return new Decisions(network.nodes().stream().map(n -> n.id()).toList(), orderIds, nodeStart,
                Arrays.copyOf(nodes, nodeStart[size]), cost, promisedDays, unitsOrdered, unitsFilled, exceptionBits);
    }
}
