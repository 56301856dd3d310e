package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.console.model.ZipDirectory;
import io.omniroute.console.task.TaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkuNetworkViewModelTest {

    private final SkuNetworkViewModel network = new SkuNetworkViewModel(TestNetwork.table(), TestNetwork::catalog,
            ZipDirectory.bundled(), TaskExecutor.currentThread());

    @BeforeEach
    void showTheLamp() {
        network.show("SKU-2");
    }

    @Test
    void sumsAtpByNodeTypeListingEveryType() {
        assertThat(network.byType()).containsExactly(new TypeStock("DC", 1, 120), new TypeStock("STORE", 1, 9),
                new TypeStock("DARK_STORE", 1, 40), new TypeStock("DROPSHIP_VENDOR", 0, 0),
                new TypeStock("THREE_PL", 0, 0));
    }

    @Test
    void countsTheNodesInStock() {
        assertThat(network.titleProperty().get()).isEqualTo("SKU-2 · desk \"Pro\" lamp");
        assertThat(network.inStockProperty().get()).isEqualTo("In stock at 3 of 4 nodes · ATP 169");
    }

    @Test
    void listsTheNearestNodesWithStockClosestFirst() {
        network.zipProperty().set("10001");

        assertThat(network.nearest()).extracting(NearbyStock::nodeId).containsExactly("ST-004", "DS-003", "DC-001");
        assertThat(network.zipErrorProperty().get()).isEmpty();
    }

    @Test
    void leavesOutNodesWithoutAtp() {
        network.show("SKU-3");
        network.zipProperty().set("75233");

        assertThat(network.nearest()).extracting(NearbyStock::nodeId).containsExactly("ST-002");
    }

    @Test
    void showsAtMostTheNearestLimit() {
        network.nearestLimitProperty().set(1);
        network.zipProperty().set("60601");

        assertThat(network.nearest()).extracting(NearbyStock::nodeId).containsExactly("DS-003");
    }

    @Test
    void showsDistancesInMilesOnRequest() {
        network.zipProperty().set("02108");
        network.unitProperty().set(DistanceUnit.MI);

        NearbyStock boston = network.nearest().get(0);
        assertThat(boston.km()).isLessThan(1);
        assertThat(network.distanceText(boston)).isEqualTo("0.0 mi");
        assertThat(network.distanceText(network.nearest().get(1))).isEqualTo("847.4 mi");
    }

    @Test
    void anUnknownZipGivesAClearError() {
        network.zipProperty().set("99999");

        assertThat(network.zipErrorProperty().get())
                .isEqualTo("Unknown ZIP code \"99999\": type a 5-digit US ZIP, for example 10001");
        assertThat(network.nearest()).isEmpty();
    }

    @Test
    void clearingTheZipClearsTheErrorAndTheList() {
        network.zipProperty().set("abc");
        network.zipProperty().set(" ");

        assertThat(network.zipErrorProperty().get()).isEmpty();
        assertThat(network.nearest()).isEmpty();
    }
}
