package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Fulfillment;
import io.omniroute.engine.model.InventoryPosition;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Order;
import io.omniroute.engine.model.OrderLine;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {

    private static final GeneratorSettings SMALL = GeneratorSettings.of(30, 500, 2_000, 7, 42);

    private static Scenario scenario;

    @BeforeAll
    static void generateOnce() {
        scenario = ScenarioGenerator.generate(SMALL);
    }

    @Test
    void sameSettingsGiveAnEqualScenario() {
        assertThat(ScenarioGenerator.generate(SMALL)).isEqualTo(scenario);
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        Scenario other = ScenarioGenerator.generate(SMALL.withSeed(43));

        assertThat(other.orders()).isNotEqualTo(scenario.orders());
        assertThat(other.inventory()).isNotEqualTo(scenario.inventory());
    }

    @Test
    void moreOrdersLeaveNetworkCatalogAndAssortmentUnchanged() {
        Scenario more = ScenarioGenerator.generate(GeneratorSettings.of(30, 500, 4_000, 7, 42));

        assertThat(more.nodes()).isEqualTo(scenario.nodes());
        assertThat(more.skus()).isEqualTo(scenario.skus());
        assertThat(positionKeys(more)).isEqualTo(positionKeys(scenario));
    }

    @Test
    void generatesTheRequestedCounts() {
        assertThat(scenario.nodes()).hasSize(30);
        assertThat(scenario.skus()).hasSize(500);
        assertThat(scenario.orders()).hasSize(2_000);
        assertThat(scenario.rules()).isEmpty();
    }

    @Test
    void idsAreUniqueAndPadded() {
        assertThat(scenario.nodes()).extracting(Node::id).doesNotHaveDuplicates()
                .contains("DC-001", "ST-0001", "DS-001", "DV-001", "PL-001");
        assertThat(scenario.skus()).extracting(Sku::sku).doesNotHaveDuplicates().startsWith("SKU-000001");
        assertThat(scenario.orders()).extracting(Order::orderId).doesNotHaveDuplicates()
                .startsWith("O-0000001").endsWith("O-0002000");
    }

    @Test
    void inventoryRefersToExistingNodesAndSkusOncePerPair() {
        Set<String> nodeIds = scenario.nodes().stream().map(Node::id).collect(Collectors.toSet());
        Set<String> skuIds = scenario.skus().stream().map(Sku::sku).collect(Collectors.toSet());

        assertThat(scenario.inventory()).allSatisfy(p -> {
            assertThat(nodeIds).contains(p.nodeId());
            assertThat(skuIds).contains(p.sku());
            assertThat(p.onHand()).isNotNegative();
            assertThat(p.safetyStock()).isBetween(0, p.onHand());
        });
        assertThat(positionKeys(scenario)).hasSize(scenario.inventory().size());
    }

    @Test
    void orderLinesReferToExistingSkusWithPositiveQuantities() {
        Set<String> skuIds = scenario.skus().stream().map(Sku::sku).collect(Collectors.toSet());

        assertThat(scenario.orders()).allSatisfy(order -> {
            assertThat(order.lines()).isNotEmpty();
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                assertThat(line.lineNo()).isEqualTo(i + 1);
                assertThat(line.qty()).isPositive();
                assertThat(skuIds).contains(line.sku());
            }
        });
    }

    @Test
    void pickupOrdersNameAPickupNodeNearTheCustomerAndShipOrdersNone() {
        Map<String, Node> nodes = scenario.nodes().stream().collect(Collectors.toMap(Node::id, n -> n));

        assertThat(scenario.orders()).allSatisfy(order -> {
            if (order.fulfillment() == Fulfillment.PICKUP) {
                Node store = nodes.get(order.pickupNodeId().orElseThrow());
                assertThat(store.pickup()).isTrue();
                assertThat(Geo.haversineKm(store.lat(), store.lon(), order.lat(), order.lon()))
                        .isLessThan(Customers.PICKUP_RADIUS_KM + 15);
            } else {
                assertThat(order.pickupNodeId()).isEmpty();
            }
        });
    }

    @Test
    void aboutOneOrderInEightIsPickedUp() {
        long pickups = scenario.orders().stream().filter(o -> o.fulfillment() == Fulfillment.PICKUP).count();

        assertThat(pickups / (double) scenario.orders().size()).isBetween(0.06, 0.18);
    }

    @Test
    void everyOrderUsesAnExistingServiceLevel() {
        Set<String> levels = scenario.serviceLevels().stream().map(ServiceLevel::name).collect(Collectors.toSet());

        assertThat(scenario.orders()).extracting(Order::serviceLevel).allMatch(levels::contains);
    }

    @Test
    void standardIsTheMostCommonServiceLevel() {
        Map<String, Long> byLevel = scenario.orders().stream()
                .collect(Collectors.groupingBy(Order::serviceLevel, Collectors.counting()));

        assertThat(byLevel.get(ServiceLevels.STANDARD)).isGreaterThan(scenario.orders().size() / 2L);
    }

    @Test
    void ordersAreInTimeOrderWithinTheWindow() {
        assertThat(scenario.orders()).extracting(Order::createdAt)
                .isSortedAccordingTo(Comparator.naturalOrder())
                .allSatisfy(t -> assertThat(t).isBetween(GeneratorSettings.START, SMALL.end()));
    }

    @Test
    void topOnePercentOfSkusTakeAFifthOfAllLines() {
        Map<String, Integer> linesBySku = new HashMap<>();
        int lines = 0;
        for (Order order : scenario.orders()) {
            for (OrderLine line : order.lines()) {
                linesBySku.merge(line.sku(), 1, Integer::sum);
                lines++;
            }
        }
        int top = scenario.skus().size() / 100;
        int topLines = linesBySku.values().stream().sorted(Comparator.reverseOrder()).limit(top)
                .mapToInt(Integer::intValue).sum();

        // A uniform catalog would give the top 1% about 1% of lines.
        assertThat(topLines / (double) lines).isGreaterThan(0.15);
    }

    @Test
    void bestSellersAreNotTheFirstSkuIds() {
        Map<String, Long> linesBySku = scenario.orders().stream().flatMap(o -> o.lines().stream())
                .collect(Collectors.groupingBy(OrderLine::sku, Collectors.counting()));
        List<String> topTen = linesBySku.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).map(Map.Entry::getKey).toList();

        assertThat(topTen).isNotEqualTo(scenario.skus().stream().limit(10).map(Sku::sku).toList());
    }

    @Test
    void skuWeightsAndPricesAreRealistic() {
        assertThat(scenario.skus()).allSatisfy(sku -> {
            assertThat(sku.weightKg()).isBetween(0.1, 30.0);
            assertThat(sku.unitPrice()).isBetween(3.0, 1_500.0);
        });
        assertThat(scenario.skus()).extracting(Sku::category).contains("furniture", "apparel", "electronics");
    }

    @Test
    void furnitureIsHeavierThanApparel() {
        assertThat(averageWeight("furniture")).isGreaterThan(10 * averageWeight("apparel"));
    }

    @Test
    void everySkuIsStockedSomewhereThatShips() {
        Set<String> shippingNodes =
                scenario.nodes().stream().filter(Node::ship).map(Node::id).collect(Collectors.toSet());
        Set<String> stocked = scenario.inventory().stream().filter(p -> shippingNodes.contains(p.nodeId()))
                .map(InventoryPosition::sku).collect(Collectors.toSet());

        assertThat(stocked).hasSize(scenario.skus().size());
    }

    @Test
    void dcsCarryMoreSkusThanStores() {
        Map<String, NodeType> types = scenario.nodes().stream().collect(Collectors.toMap(Node::id, Node::type));
        Map<NodeType, Double> averagePositions = scenario.inventory().stream()
                .collect(Collectors.groupingBy(p -> types.get(p.nodeId()), Collectors.counting()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()
                        / (double) scenario.nodes().stream().filter(n -> n.type() == e.getKey()).count()));

        assertThat(averagePositions.get(NodeType.DC)).isGreaterThan(averagePositions.get(NodeType.STORE));
    }

    private static double averageWeight(String category) {
        return scenario.skus().stream().filter(s -> s.category().equals(category)).mapToDouble(Sku::weightKg)
                .average().orElseThrow();
    }

    private static Set<String> positionKeys(Scenario s) {
        Set<String> keys = new HashSet<>();
        for (InventoryPosition p : s.inventory()) {
            keys.add(p.nodeId() + "|" + p.sku());
        }
        return keys;
    }
}
