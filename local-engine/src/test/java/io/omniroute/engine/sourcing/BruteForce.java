package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import io.omniroute.engine.rules.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The optimum by exhaustive enumeration of node sets, carrier services and unit splits, written from the
 * scenario format's definitions without any of the engine's shortcuts.
 */
final class BruteForce {

    private final Scenario scenario;
    private final InventoryLedger inventory;
    private final CapacityLedger capacity;

    BruteForce(Scenario scenario, InventoryLedger inventory, CapacityLedger capacity) {
        this.scenario = scenario;
        this.inventory = inventory;
        this.capacity = capacity;
    }

    /** The minimum objective; when {@code mustUse} is set, over plans in which that node ships. */
    double optimum(Order order, Profile profile, String mustUse) {
        return optimum(order, profile, mustUse == null ? nodes -> true : nodes -> nodes.contains(mustUse),
                mustUse == null);
    }

    /**
     * The minimum objective over plans whose set of shipping nodes the predicate admits; the empty plan counts only
     * when {@code emptyPlan} is set (and the profile allows partial fulfillment).
     */
    double optimum(Order order, Profile profile, Predicate<Set<String>> nodeSets, boolean emptyPlan) {
        Map<String, Integer> demand = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            demand.merge(line.sku(), line.qty(), Integer::sum);
        }
        List<String> skus = new ArrayList<>(demand.keySet());
        List<Node> eligible = new ArrayList<>();
        List<List<CarrierService>> services = new ArrayList<>();
        for (Node node : scenario.nodes()) {
            List<CarrierService> feasible = feasible(node, order, profile);
            boolean hasStock = skus.stream().anyMatch(s -> inventory.atp(node.id(), s) > 0);
            if (passesFilters(node, order, profile) && hasStock && !feasible.isEmpty()
                    && capacity.remaining(node.id(), order.createdAt()) > 0) {
                eligible.add(node);
                services.add(feasible);
            }
        }
        boolean allowPartial = profile.constraints().allowPartial();
        double best = Double.POSITIVE_INFINITY;
        int total = demand.values().stream().mapToInt(Integer::intValue).sum();
        if (emptyPlan && allowPartial) {
            best = profile.objective().unfilledPenalty() * total;
        }
        int n = eligible.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) > profile.constraints().maxShipments()) {
                continue;
            }
            List<Integer> set = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(i);
                }
            }
            Set<String> ids = new HashSet<>();
            set.forEach(i -> ids.add(eligible.get(i).id()));
            if (!nodeSets.test(ids)) {
                continue;
            }
            best = Math.min(best, bestOverServices(order, profile, eligible, services, set, skus, demand, 0,
                    new CarrierService[set.size()]));
        }
        return best;
    }

    private double bestOverServices(Order order, Profile profile, List<Node> eligible,
            List<List<CarrierService>> services, List<Integer> set, List<String> skus, Map<String, Integer> demand,
            int k, CarrierService[] chosen) {
        if (k == set.size()) {
            int[][] units = new int[set.size()][skus.size()];
            return bestSplit(profile, eligible, set, skus, demand, 0, 0, units, chosen);
        }
        double best = Double.POSITIVE_INFINITY;
        for (CarrierService service : services.get(set.get(k))) {
            chosen[k] = service;
            best = Math.min(best, bestOverServices(order, profile, eligible, services, set, skus, demand, k + 1,
                    chosen));
        }
        return best;
    }

    /** Enumerates units of SKU g at set member i, then moves on; every node must ship at least one unit. */
    private double bestSplit(Profile profile, List<Node> eligible, List<Integer> set, List<String> skus,
            Map<String, Integer> demand, int g, int i, int[][] units, CarrierService[] chosen) {
        if (g == skus.size()) {
            return cost(profile, eligible, set, skus, demand, units, chosen);
        }
        if (i == set.size()) {
            return bestSplit(profile, eligible, set, skus, demand, g + 1, 0, units, chosen);
        }
        String sku = skus.get(g);
        int assigned = 0;
        for (int j = 0; j < i; j++) {
            assigned += units[j][g];
        }
        int max = Math.min(demand.get(sku) - assigned, inventory.atp(eligible.get(set.get(i)).id(), sku));
        double best = Double.POSITIVE_INFINITY;
        for (int u = 0; u <= max; u++) {
            units[i][g] = u;
            best = Math.min(best, bestSplit(profile, eligible, set, skus, demand, g, i + 1, units, chosen));
        }
        units[i][g] = 0;
        return best;
    }

    private double cost(Profile profile, List<Node> eligible, List<Integer> set, List<String> skus,
            Map<String, Integer> demand, int[][] units, CarrierService[] chosen) {
        double objective = 0;
        int filled = 0;
        for (int i = 0; i < set.size(); i++) {
            Node node = eligible.get(set.get(i));
            int nodeUnits = 0;
            double weight = 0;
            for (int g = 0; g < skus.size(); g++) {
                nodeUnits += units[i][g];
                weight += units[i][g] * sku(skus.get(g)).weightKg();
            }
            if (nodeUnits == 0) {
                return Double.POSITIVE_INFINITY;
            }
            filled += nodeUnits;
            objective += node.handlingCost() + profile.objective().biasFor(node.type()) + node.pickCost() * nodeUnits
                    + chosen[i].baseRate() + chosen[i].perKg() * weight;
        }
        int total = demand.values().stream().mapToInt(Integer::intValue).sum();
        if (!profile.constraints().allowPartial() && filled < total) {
            return Double.POSITIVE_INFINITY;
        }
        return objective + profile.objective().splitPenalty() * (set.size() - 1)
                + profile.objective().unfilledPenalty() * (total - filled);
    }

    private Sku sku(String id) {
        return scenario.skus().stream().filter(s -> s.sku().equals(id)).findFirst().orElseThrow();
    }

    private boolean passesFilters(Node node, Order order, Profile profile) {
        var filters = profile.filters();
        double distance = GreatCircle.km(node.lat(), node.lon(), order.lat(), order.lon());
        return node.ship()
                && (filters.nodeTypes().isEmpty() || filters.nodeTypes().contains(node.type()))
                && !filters.excludeNodes().contains(node.id())
                && node.tags().stream().noneMatch(filters.excludeTags()::contains)
                && (filters.maxDistanceKm().isEmpty() || distance <= filters.maxDistanceKm().getAsDouble());
    }

    private List<CarrierService> feasible(Node node, Order order, Profile profile) {
        double distance = GreatCircle.km(node.lat(), node.lon(), order.lat(), order.lon());
        String zone = scenario.zones().stream()
                .sorted(Comparator.comparingDouble(z -> z.maxKm().orElse(Double.POSITIVE_INFINITY)))
                .filter(z -> z.maxKm().isEmpty() || distance <= z.maxKm().getAsDouble())
                .map(Zone::zone).findFirst().orElse(null);
        int maxDays = scenario.serviceLevels().stream().filter(l -> l.name().equals(order.serviceLevel()))
                .findFirst().orElseThrow().maxDays();
        List<CarrierService> feasible = new ArrayList<>();
        for (CarrierService service : scenario.carriers()) {
            if (service.zone().equals(zone)
                    && node.processingDays() + service.transitDays() <= maxDays
                    && (service.maxKm().isEmpty() || distance <= service.maxKm().getAsDouble())
                    && (maxDays > 0 || node.sameDay())) {
                feasible.add(service);
            }
        }
        return feasible;
    }
}
