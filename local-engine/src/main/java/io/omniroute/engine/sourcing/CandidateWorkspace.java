package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;

/**
 * The candidate arrays of one order, sized once for the whole network and reused order after order, so sourcing
 * a million orders does not allocate a million sets of arrays. Owned by one sourcer; an order's problem is valid
 * until the sourcer plans the next one.
 */
final class CandidateWorkspace {

    final int[] node;
    final double[] handling;
    final double[] pick;
    final double[] fixed;
    final double[] minPerKg;
    final CarrierService[][] services;
    int[] atp = new int[0];
    int[] position = new int[0];

    CandidateWorkspace(int nodes) {
        node = new int[nodes];
        handling = new double[nodes];
        pick = new double[nodes];
        fixed = new double[nodes];
        minPerKg = new double[nodes];
        services = new CarrierService[nodes][];
    }

    /** Makes room for every node times {@code groups} SKU groups. */
    void ensureGroups(int groups) {
        int size = node.length * groups;
        if (atp.length < size) {
            atp = new int[size];
            position = new int[size];
        }
    }
}
