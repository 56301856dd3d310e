package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import io.omniroute.engine.rules.Constraints;
import io.omniroute.engine.rules.Filters;
import io.omniroute.engine.rules.Match;
import io.omniroute.engine.rules.Objective;
import io.omniroute.engine.rules.Profile;
import io.omniroute.engine.rules.RuleSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/** Small random scenarios, reproducible from a seed, sized so that a brute force can check every order. */
public final class RandomScenarios {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String[] LEVELS = {"SAME_DAY", "NEXT_DAY", "TWO_DAY", "STANDARD"};
    private static final int[] LEVEL_DAYS = {0, 1, 2, 5};

    private RandomScenarios() {
    }

    public static Scenario generate(long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        int nodeCount = 2 + random.nextInt(5);
        NodeType[] types = NodeType.values();
        for (int i = 0; i < nodeCount; i++) {
            NodeType type = types[random.nextInt(types.length)];
            OptionalInt capacity = random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(4));
            List<String> tags = random.nextInt(4) == 0 ? List.of("fragile") : List.of();
            nodes.add(new Node("N" + i, "Node " + i, type, 30 + random.nextDouble() * 15, -120 + random.nextDouble() * 45,
                    "0000" + i, random.nextInt(8) != 0, true, random.nextBoolean(), false, capacity,
                    round(random.nextDouble() * 6), round(random.nextDouble() * 2), random.nextInt(3), tags));
        }
        List<Sku> skus = new ArrayList<>();
        int skuCount = 2 + random.nextInt(3);
        for (int i = 0; i < skuCount; i++) {
            skus.add(new Sku("S" + i, "Sku " + i, "cat", round(random.nextDouble() * 8), round(1 + random.nextDouble() * 90)));
        }
        List<InventoryPosition> inventory = new ArrayList<>();
        for (Node node : nodes) {
            for (Sku sku : skus) {
                if (random.nextInt(3) != 0) {
                    inventory.add(new InventoryPosition(node.id(), sku.sku(), random.nextInt(5), random.nextInt(2)));
                }
            }
        }
        List<Zone> zones = List.of(new Zone("Z1", OptionalDouble.of(800)), new Zone("Z2", OptionalDouble.of(2500)),
                new Zone("Z3", OptionalDouble.empty()));
        List<CarrierService> carriers = new ArrayList<>();
        for (Zone zone : zones) {
            int services = 1 + random.nextInt(3);
            for (int s = 0; s < services; s++) {
                OptionalDouble maxKm = random.nextInt(4) == 0 ? OptionalDouble.of(300 + random.nextInt(3000))
                        : OptionalDouble.empty();
                carriers.add(new CarrierService("C" + s, "SVC" + s, zone.zone(), round(random.nextDouble() * 12),
                        round(random.nextDouble() * 3), random.nextInt(4), maxKm));
            }
        }
        List<ServiceLevel> levels = new ArrayList<>();
        for (int i = 0; i < LEVELS.length; i++) {
            levels.add(new ServiceLevel(LEVELS[i], LEVEL_DAYS[i]));
        }
        List<Order> orders = new ArrayList<>();
        int orderCount = 3 + random.nextInt(5);
        for (int o = 0; o < orderCount; o++) {
            List<OrderLine> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int l = 1; l <= lineCount; l++) {
                int qty = random.nextInt(4) == 0 ? 3 : 1 + random.nextInt(2);
                lines.add(new OrderLine(l, skus.get(random.nextInt(skuCount)).sku(), qty));
            }
            boolean pickup = random.nextInt(6) == 0;
            orders.add(new Order(String.format("O%03d", o), START.plusSeconds(600L * o), "WEB",
                    pickup ? Fulfillment.PICKUP : Fulfillment.SHIP, LEVELS[random.nextInt(LEVELS.length)],
                    30 + random.nextDouble() * 15, -120 + random.nextDouble() * 45, "99999",
                    pickup ? Optional.of(nodes.get(random.nextInt(nodeCount)).id()) : Optional.empty(), "", lines));
        }
        return new Scenario(nodes, skus, inventory, zones, carriers, levels, orders, Optional.of(rules(random)));
    }

    private static RuleSet rules(Random random) {
        Set<NodeType> types = EnumSet.noneOf(NodeType.class);
        if (random.nextInt(3) == 0) {
            types.add(NodeType.DC);
            types.add(NodeType.STORE);
            types.add(NodeType.THREE_PL);
        }
        OptionalDouble maxDistance = random.nextInt(4) == 0 ? OptionalDouble.of(500 + random.nextInt(2500))
                : OptionalDouble.empty();
        Filters filters = new Filters(types, maxDistance, random.nextInt(5) == 0 ? Set.of("N0") : Set.of(),
                random.nextInt(5) == 0 ? Set.of("fragile") : Set.of());
        Map<NodeType, Double> bias = new EnumMap<>(NodeType.class);
        if (random.nextBoolean()) {
            bias.put(NodeType.STORE, round(random.nextDouble() * 4));
        }
        Objective objective = new Objective(round(random.nextDouble() * 5), round(2 + random.nextDouble() * 40), bias);
        Constraints constraints = new Constraints(1 + random.nextInt(3), random.nextInt(4) != 0);
        return new RuleSet(List.of(new Profile("random", Match.ANY, filters, objective, constraints, Optional.empty())));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
