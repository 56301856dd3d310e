package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.rules.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One SHIP order under one profile, reduced to what the search needs: SKU groups (lines of the same SKU
 * merged, since cost depends only on units per SKU and node) and the candidate nodes that could ship any of it.
 */
final class OrderProblem {

    /** Stands in for an infinite unfilled penalty when a profile forbids partial plans. */
    static final double NO_PARTIAL_PENALTY = 1e9;

    final NetworkModel network;
    final Order order;
    final Profile profile;
    final long day;
    final int maxDays;
    private final double[] customer;
    private final double maxDistanceKm;
    private final double maxDistanceChordSq;
    private final ServiceCache serviceCache;
    private final CarrierService[][] serviceTable;

    final int groups;
    final int[] groupSku;
    final int[] groupQty;
    final double[] groupWeight;

    final double splitPenalty;
    final double unfilledPenalty;
    final int maxShipments;

    int candidates;
    int[] candNode;
    /** Handling cost plus the profile's bias for the node's type: the per-shipment cost without the carrier. */
    double[] candHandling;
    double[] candPick;
    /** A lower bound of the per-shipment fixed cost: handling, bias and the cheapest base rate. */
    double[] candFixed;
    double[] candMinPerKg;
    CarrierService[][] candServices;
    /** ATP of candidate c for group g at {@code c * groups + g}; position likewise. */
    int[] candAtp;
    int[] candPosition;

    OrderProblem(NetworkModel network, Order order, Profile profile, boolean allowPartial, ServiceCache cache) {
        this.network = network;
        this.serviceCache = cache;
        this.customer = Proximity.unitVector(order.lat(), order.lon());
        this.maxDistanceKm = profile.filters().maxDistanceKm().orElse(Double.POSITIVE_INFINITY);
        this.maxDistanceChordSq = Proximity.chordSq(maxDistanceKm);
        this.order = order;
        this.profile = profile;
        this.day = CapacityLedger.utcDay(order.createdAt());
        this.maxDays = network.serviceLevelDays(order.serviceLevel());
        if (maxDays < 0) {
            throw new IllegalArgumentException("order " + order.orderId() + " has unknown service level "
                    + order.serviceLevel());
        }
        int[] sku = new int[order.lines().size()];
        int[] qty = new int[order.lines().size()];
        int count = 0;
        for (OrderLine line : order.lines()) {
            if (line.qty() < 1 || line.qty() > OrderLine.MAX_QTY) {
                throw new IllegalArgumentException("order " + order.orderId() + " line " + line.lineNo() + " asks for "
                        + line.qty() + " units: must be 1.." + OrderLine.MAX_QTY);
            }
            int s = network.skuIndex(line.sku());
            if (s < 0) {
                throw new IllegalArgumentException("order " + order.orderId() + " line " + line.lineNo()
                        + " names unknown SKU " + line.sku());
            }
            int existing = indexOf(sku, count, s);
            if (existing >= 0) {
                qty[existing] += line.qty();
            } else {
                sku[count] = s;
                qty[count++] = line.qty();
            }
        }
        groups = count;
        groupSku = Arrays.copyOf(sku, count);
        groupQty = Arrays.copyOf(qty, count);
        groupWeight = new double[count];
        for (int g = 0; g < count; g++) {
            groupWeight[g] = network.skuWeight[groupSku[g]];
        }
        serviceTable = cache.table(maxDays);
        splitPenalty = profile.objective().splitPenalty();
        unfilledPenalty = allowPartial ? profile.objective().unfilledPenalty() : NO_PARTIAL_PENALTY;
        maxShipments = profile.constraints().maxShipments();
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    int group(String sku) {
        return indexOf(groupSku, groups, network.skuIndex(sku));
    }

    int totalUnits() {
        int units = 0;
        for (int q : groupQty) {
            units += q;
        }
        return units;
    }

    /**
     * Collects every node that passes the filters, has ATP for some group, has capacity left today and a
     * feasible carrier service. {@code slot} is scratch of one int per node, all -1 on entry and on exit.
     */
    void collectCandidates(ProfileMask mask, InventoryLedger inventory, CapacityLedger capacity, int[] slot,
            CandidateWorkspace workspace) {
        workspace.ensureGroups(groups);
        candNode = workspace.node;
        candHandling = workspace.handling;
        candPick = workspace.pick;
        candFixed = workspace.fixed;
        candMinPerKg = workspace.minPerKg;
        candServices = workspace.services;
        candAtp = workspace.atp;
        candPosition = workspace.position;
        candidates = 0;
        int[] usedToday = capacity.usedOn(day);
        int[] touched = new int[16];
        int touchedCount = 0;
        for (int g = 0; g < groups; g++) {
            int s = groupSku[g];
            for (int p = inventory.firstPosition(s), end = inventory.endPosition(s); p < end; p++) {
                int node = inventory.nodeOf(p);
                int state = slot[node];
                if (state == REJECTED || !mask.allowed[node]) {
                    continue;
                }
                int atp = inventory.atpAt(p);
                if (atp <= 0) {
                    continue;
                }
                if (state == UNSEEN) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = node;
                    state = admit(node, mask, usedToday);
                    slot[node] = state;
                    if (state == REJECTED) {
                        continue;
                    }
                }
                candAtp[state * groups + g] = atp;
                candPosition[state * groups + g] = p;
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            slot[touched[i]] = UNSEEN;
        }
    }

    static final int UNSEEN = -1;
    static final int REJECTED = -2;

    private int admit(int node, ProfileMask mask, int[] usedToday) {
        int limit = network.nodeCapacity[node];
        if (limit != Integer.MAX_VALUE && limit - (usedToday == null ? 0 : usedToday[node]) <= 0) {
            return REJECTED;
        }
        double chordSq = chordSq(node);
        if (beyondMaxDistance(node, chordSq)) {
            return REJECTED;
        }
        int zone = zone(node, chordSq);
        CarrierService[] services = zone < 0 ? NO_SERVICES : feasibleServices(node, zone, chordSq);
        if (services.length == 0) {
            return REJECTED;
        }
        int c = candidates++;
        candNode[c] = node;
        candHandling[c] = network.nodeHandling[node] + mask.bias[node];
        candPick[c] = network.nodePick[node];
        candServices[c] = services;
        double minPerKg = Double.POSITIVE_INFINITY;
        for (CarrierService service : services) {
            minPerKg = Math.min(minPerKg, service.perKg());
        }
        candMinPerKg[c] = minPerKg;
        candFixed[c] = candHandling[c] + services[0].baseRate();
        Arrays.fill(candPosition, c * groups, (c + 1) * groups, -1);
        Arrays.fill(candAtp, c * groups, (c + 1) * groups, 0);
        return c;
    }

    private static final CarrierService[] NO_SERVICES = new CarrierService[0];

    /** The squared chord from a node to the customer, on the unit sphere. */
    double chordSq(int node) {
        return Proximity.chordSq(network.nodeVector[node], customer);
    }

    double distanceKm(int node) {
        return network.distanceKm(node, order.lat(), order.lon());
    }

    boolean beyondMaxDistance(int node, double chordSq) {
        return maxDistanceKm != Double.POSITIVE_INFINITY && !Proximity.within(chordSq, maxDistanceChordSq,
                maxDistanceKm, network.nodeLat[node], network.nodeLon[node], order.lat(), order.lon());
    }

    int zone(int node, double chordSq) {
        return network.zoneFor(node, chordSq, order.lat(), order.lon());
    }

    /**
     * The services that meet the promise from this node, without those another service beats at every weight.
     * Services arrive sorted by base rate, so one survives only with a lower per-kg rate than all before it.
     */
    CarrierService[] feasibleServices(int node, int zone, double chordSq) {
        boolean cacheable = !network.zoneHasServiceLimit[zone];
        int cacheIndex = serviceCache.index(node, zone);
        if (cacheable && serviceTable[cacheIndex] != null) {
            return serviceTable[cacheIndex];
        }
        Node record = network.node(node);
        List<CarrierService> kept = new ArrayList<>(2);
        double lowestPerKg = Double.POSITIVE_INFINITY;
        for (CarrierService service : network.zoneServices.get(zone)) {
            if (isFeasible(node, record, service, chordSq) && service.perKg() < lowestPerKg) {
                kept.add(service);
                lowestPerKg = service.perKg();
            }
        }
        CarrierService[] services = kept.toArray(NO_SERVICES);
        if (cacheable) {
            serviceTable[cacheIndex] = services;
        }
        return services;
    }

    boolean isFeasible(int node, Node record, CarrierService service, double chordSq) {
        if (record.processingDays() + service.transitDays() > maxDays || (maxDays == 0 && !record.sameDay())) {
            return false;
        }
        return reaches(node, service, chordSq);
    }

    /** The service's own distance limit, if it has one, reaches the customer. */
    boolean reaches(int node, CarrierService service, double chordSq) {
        if (service.maxKm().isEmpty()) {
            return true;
        }
        double km = service.maxKm().getAsDouble();
        return Proximity.within(chordSq, Proximity.chordSq(km), km, network.nodeLat[node], network.nodeLon[node],
                order.lat(), order.lon());
    }

}
