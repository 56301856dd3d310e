package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.rules.RuleSet;
import java.util.Optional;

/**
 * Prices a shipment someone chose by hand (a planner's reroute): the cheapest carrier service that meets the
 * order's promise from that node, or the named one if it is feasible. Empty when no service can carry it.
 */
public final class ShipmentPricer {

    private final NetworkModel network;
    private final ServiceCache cache;

    private ShipmentPricer(NetworkModel network) {
        this.network = network;
        this.cache = new ServiceCache(network);
    }

    public static ShipmentPricer of(NetworkModel network) {
        return new ShipmentPricer(network);
    }

    /**
     * @param carrier and {@code service}: when both are present, only that service is considered
     */
    public Optional<PricedShipment> price(Order order, String nodeId, int units, double weightKg,
            Optional<String> carrier, Optional<String> service) {
        return price(order, nodeId, units, weightKg, carrier, service, true);
    }

    /**
     * The fastest service from the node whatever the order's promise (the cheapest of the fastest): what a planner
     * gets who accepts a late delivery. Empty when the node does not ship or no service reaches the customer.
     */
    public Optional<PricedShipment> fastest(Order order, String nodeId, int units, double weightKg) {
        return price(order, nodeId, units, weightKg, Optional.empty(), Optional.empty(), false);
    }

    private Optional<PricedShipment> price(Order order, String nodeId, int units, double weightKg,
            Optional<String> carrier, Optional<String> service, boolean keepPromise) {
        int node = network.nodeIndex(nodeId);
        if (node < 0) {
            throw new IllegalArgumentException("unknown node " + nodeId);
        }
        Node record = network.node(node);
        if (!record.ship()) {
            return Optional.empty();
        }
        OrderProblem problem = new OrderProblem(network, order, RuleSet.BUILT_IN_DEFAULT, true, cache);
        double chordSq = problem.chordSq(node);
        int zone = problem.zone(node, chordSq);
        if (zone < 0) {
            return Optional.empty();
        }
        boolean named = carrier.isPresent() && service.isPresent();
        CarrierService cheapest = null;
        double cheapestCost = Double.POSITIVE_INFINITY;
        for (CarrierService candidate : network.zoneServices.get(zone)) {
            if (named && !(candidate.carrier().equals(carrier.get()) && candidate.service().equals(service.get()))) {
                continue;
            }
            double cost = candidate.baseRate() + candidate.perKg() * weightKg;
            boolean usable = keepPromise ? problem.isFeasible(node, record, candidate, chordSq)
                    : problem.reaches(node, candidate, chordSq);
            boolean better = cheapest == null || (keepPromise ? cost < cheapestCost
                    : candidate.transitDays() < cheapest.transitDays()
                            || candidate.transitDays() == cheapest.transitDays() && cost < cheapestCost);
            if (usable && better) {
                cheapest = candidate;
                cheapestCost = cost;
            }
        }
        if (cheapest == null) {
            return Optional.empty();
        }
        double handling = record.handlingCost();
        double pick = record.pickCost() * units;
        return Optional.of(new PricedShipment(cheapest, problem.distanceKm(node),
                record.processingDays() + cheapest.transitDays(), handling, pick, cheapestCost,
                handling + pick + cheapestCost));
    }
}
