package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeStockSummaryTest {

    private final NetworkFixture fixture = NetworkFixture.standard();

    @Test
    void sumsEachNodesPositions() {
        NodeStock dc = NodeStockSummary.byNode(fixture.positions).get("DC-1");

        assertThat(dc).isEqualTo(new NodeStock(3, 2, 800, 20, 780,
                NetworkFixture.NOW.minus(Duration.ofHours(1)).getEpochSecond()));
    }

    @Test
    void aNodeWithoutPositionsIsAbsent() {
        assertThat(NodeStockSummary.byNode(fixture.positions)).containsOnlyKeys("DC-1", "ST-1", "ST-2");
    }

    @Test
    void removedPositionsNoLongerCount() {
        fixture.positions.remove(List.of("DC-1|SKU-A"));

        Map<String, NodeStock> byNode = NodeStockSummary.byNode(fixture.positions);

        assertThat(byNode.get("DC-1").positions()).isEqualTo(2);
        assertThat(byNode.get("DC-1").unitsOnHand()).isEqualTo(300);
    }

    @Test
    void topSkusAreThoseWithTheMostOnHandNamedAndWithoutEmptyOnes() {
        List<SkuUnits> top = NodeStockSummary.topByOnHand(fixture.positions, "DC-1", 10,
                sku -> fixture.catalog().skuName(sku));

        assertThat(top).containsExactly(new SkuUnits("SKU-A", "Alpha", 500), new SkuUnits("SKU-B", "Bravo", 300));
    }

    @Test
    void topSkusStopAtTheLimit() {
        assertThat(NodeStockSummary.topByOnHand(fixture.positions, "DC-1", 1, sku -> ""))
                .extracting(SkuUnits::sku).containsExactly("SKU-A");
    }

    @Test
    void anUnknownNodeHasNoTopSkus() {
        assertThat(NodeStockSummary.topByOnHand(fixture.positions, "NOPE", 10, sku -> "")).isEmpty();
    }

    @Test
    void stockIsStaleWhenEvenItsNewestPositionIsOlderThanTheThreshold() {
        NodeStock stock = new NodeStock(1, 1, 5, 0, 5, NetworkFixture.NOW.minus(Duration.ofHours(25))
                .getEpochSecond());

        assertThat(stock.isStaleAt(NetworkFixture.NOW, Duration.ofHours(24))).isTrue();
        assertThat(stock.isStaleAt(NetworkFixture.NOW, Duration.ofHours(26))).isFalse();
        assertThat(new NodeStock(1, 1, 5, 0, 5, 0).isStaleAt(NetworkFixture.NOW, Duration.ofDays(999))).isTrue();
        assertThat(NodeStock.none().isStaleAt(NetworkFixture.NOW, Duration.ZERO)).isFalse();
    }
}
