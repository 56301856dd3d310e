package io.omniroute.console.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.task.DeferredTaskExecutor;
import io.omniroute.console.task.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NodePanelViewModelTest {

    private final NetworkFixture fixture = NetworkFixture.standard();
    private final NodePanelViewModel panel = new NodePanelViewModel(fixture.sources(), TaskExecutor.currentThread());

    private NetworkNode node(String id) {
        return NetworkSnapshot.compute(fixture.sources(), AlbersUsaProjection.create()).nodes().get(id);
    }

    @Test
    void showingANodeFillsItsDetails() {
        panel.show(node("DC-1"));

        NodeDetails details = panel.detailsProperty().get();
        assertThat(details.name()).isEqualTo("Dallas DC");
        assertThat(details.kind()).isEqualTo("Distribution center");
        assertThat(details.location()).isEqualTo("Dallas, TX");
        assertThat(details.capabilities()).containsExactly("Ship");
        assertThat(details.tags()).containsExactly("hub");
        assertThat(details.positions()).isEqualTo("3");
        assertThat(details.skusInStock()).isEqualTo("2");
        assertThat(details.unitsOnHand()).isEqualTo("800");
        assertThat(details.reserved()).isEqualTo("20");
        assertThat(details.atp()).isEqualTo("780");
    }

    @Test
    void todaysShipmentsAreMeasuredAgainstTheCapacity() {
        panel.show(node("DC-1"));

        NodeDetails details = panel.detailsProperty().get();
        assertThat(details.shipments()).isEqualTo("30 of 100 shipments today (30%)");
        assertThat(details.capacityUse()).isEqualTo(0.3);
        assertThat(details.capacityLevel()).isEqualTo(CapacityLevel.NORMAL);
    }

    @Test
    void aNodeWithoutCapacityIsUnlimited() {
        panel.show(node("ST-1"));

        NodeDetails details = panel.detailsProperty().get();
        assertThat(details.shipments()).isEqualTo("0 shipments today, unlimited capacity");
        assertThat(details.capacityLevel()).isEqualTo(CapacityLevel.UNLIMITED);
    }

    @Test
    void aNearlyFullNodeWarnsAndAnOverfullOneIsFull() {
        panel.show(node("ST-2"));
        assertThat(panel.detailsProperty().get().capacityLevel()).isEqualTo(CapacityLevel.HIGH);

        fixture.shipments.put("ST-2", 12);
        panel.show(node("ST-2"));

        assertThat(panel.detailsProperty().get().capacityLevel()).isEqualTo(CapacityLevel.FULL);
        assertThat(panel.detailsProperty().get().capacityUse()).isEqualTo(1.0);
    }

    @Test
    void theTopSkusComeFromThePositions() {
        panel.show(node("DC-1"));

        assertThat(panel.topSkus()).containsExactly(new SkuUnits("SKU-A", "Alpha", 500),
                new SkuUnits("SKU-B", "Bravo", 300));
    }

    @Test
    void stockOlderThanTheThresholdIsFlagged() {
        panel.show(node("ST-1"));

        NodeDetails details = panel.detailsProperty().get();
        assertThat(details.isStale()).isTrue();
        assertThat(details.staleWarning()).isEqualTo("Stock last updated 3 days ago, longer than the 24 h allowed.");
    }

    @Test
    void freshStockIsNotFlagged() {
        panel.show(node("ST-2"));

        assertThat(panel.detailsProperty().get().isStale()).isFalse();
        assertThat(panel.detailsProperty().get().staleWarning()).isEmpty();
    }

    @Test
    void aNodeWithoutPositionsIsNotStale() {
        panel.show(node("DK-1"));

        assertThat(panel.detailsProperty().get().isStale()).isFalse();
        assertThat(panel.topSkus()).isEmpty();
    }

    @Test
    void theTopSkusOfANodeAlreadyLeftNeverLand() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        NodePanelViewModel slow = new NodePanelViewModel(fixture.sources(), executor);
        slow.show(node("DC-1"));
        slow.show(node("ST-2"));

        executor.runAll();

        assertThat(slow.topSkus()).extracting(SkuUnits::sku).containsExactly("SKU-B");
    }

    @Test
    void closingEmptiesThePanel() {
        panel.show(node("DC-1"));

        panel.close();

        assertThat(panel.showingProperty().get()).isFalse();
        assertThat(panel.detailsProperty().get()).isEqualTo(NodeDetails.none());
        assertThat(panel.topSkus()).isEmpty();
    }

    @Test
    void aLongThresholdIsWrittenInDays() {
        fixture.staleAfter = Duration.ofDays(2);
        fixture.node("ST-9", "Old Store", "STORE", 34.05, -118.24, "90012", OptionalInt.empty(), List.of());
        fixture.position("ST-9", "SKU-A", 1, 0, NetworkFixture.NOW.minus(Duration.ofDays(5)));
        fixture.publish();

        panel.show(node("ST-9"));

        assertThat(panel.detailsProperty().get().staleWarning())
                .isEqualTo("Stock last updated 5 days ago, longer than the 2 days allowed.");
    }
}
