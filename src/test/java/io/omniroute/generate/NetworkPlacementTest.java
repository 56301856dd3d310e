package io.omniroute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.NodeType;
import io.omniroute.engine.model.Scenario;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default-size network, with a tiny catalog and few orders so it builds in well under a second. */
class NetworkPlacementTest {

    private static List<Node> nodes;
    private static List<City> cities;

    @BeforeAll
    static void generateOnce() {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(300, 200, 100, 7, 42));
        nodes = scenario.nodes();
        cities = ReferenceData.load().cities();
    }

    @Test
    void defaultSizeHasTheRetailMix() {
        Map<NodeType, Long> byType = nodes.stream().collect(Collectors.groupingBy(Node::type, Collectors.counting()));

        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of(NodeType.DC, 12L, NodeType.STORE, 240L,
                NodeType.DARK_STORE, 21L, NodeType.DROPSHIP_VENDOR, 15L, NodeType.THREE_PL, 12L));
    }

    @Test
    void everyNodeSitsNextToARealPlace() {
        assertThat(nodes).allSatisfy(node -> assertThat(nearestKm(node, Metros.MIN_POPULATION)).isLessThan(30));
    }

    @Test
    void dcsOpenAtTheFirstLogisticsHubs() {
        assertThat(nodes).filteredOn(n -> n.type() == NodeType.DC).extracting(Node::name)
                .startsWith("Omniroute DC Dallas", "Omniroute DC Ontario", "Omniroute DC Allentown");
    }

    @Test
    void everyLargeLower48CityIsWithinZone5OfADc() {
        List<Node> dcs = nodes.stream().filter(n -> n.type() == NodeType.DC).toList();

        assertThat(cities).filteredOn(c -> c.population() >= 100_000 && !List.of("AK", "HI").contains(c.state()))
                .allSatisfy(city -> assertThat(dcs.stream()
                        .mapToDouble(dc -> Geo.haversineKm(city.lat(), city.lon(), dc.lat(), dc.lon())).min()
                        .orElseThrow()).isLessThan(960));
    }

    @Test
    void newYorkHasMoreStoresThanDenver() {
        assertThat(storesWithin50KmOf(40.71427, -74.00597)).isGreaterThan(storesWithin50KmOf(39.73915, -104.9847));
    }

    @Test
    void darkStoresAreInMetrosOfAMillionOrMore() {
        List<City> bigMetroCentres = Metros.cluster(cities).stream().filter(m -> m.population() >= 1_000_000)
                .map(Metro::principal).toList();

        assertThat(nodes).filteredOn(n -> n.type() == NodeType.DARK_STORE).hasSize(21).allSatisfy(node ->
                assertThat(bigMetroCentres).anySatisfy(centre -> assertThat(Geo.haversineKm(
                        centre.lat(), centre.lon(), node.lat(), node.lon())).isLessThan(Metros.RADIUS_KM + 6)));
    }

    @Test
    void sameDayNodesHandOverTheDayTheOrderArrives() {
        assertThat(nodes).filteredOn(Node::sameDay).isNotEmpty()
                .allSatisfy(n -> assertThat(n.processingDays()).isZero());
    }

    @Test
    void onlyStoresOfferPickup() {
        assertThat(nodes).filteredOn(Node::pickup).extracting(Node::type).containsOnly(NodeType.STORE);
    }

    @Test
    void nodeValuesAreWithinTheFormatsLimits() {
        assertThat(nodes).allSatisfy(node -> {
            assertThat(node.lat()).isBetween(18.0, 72.0);
            assertThat(node.lon()).isBetween(-180.0, -60.0);
            assertThat(node.zip()).matches("\\d{5}");
            assertThat(node.dailyCapacity().orElse(0)).isNotNegative();
            assertThat(node.handlingCost()).isNotNegative();
            assertThat(node.pickCost()).isNotNegative();
            assertThat(node.processingDays()).isBetween(0, 3);
        });
    }

    @Test
    void nodeNamesAreUnique() {
        assertThat(nodes).extracting(Node::name).doesNotHaveDuplicates();
    }

    private static long storesWithin50KmOf(double lat, double lon) {
        return nodes.stream().filter(n -> n.type() == NodeType.STORE)
                .filter(n -> Geo.haversineKm(lat, lon, n.lat(), n.lon()) < 50).count();
    }

    private static double nearestKm(Node node, int minPopulation) {
        return cities.stream().filter(c -> c.population() >= minPopulation)
                .mapToDouble(c -> Geo.haversineKm(c.lat(), c.lon(), node.lat(), node.lon())).min().orElseThrow();
    }
}
