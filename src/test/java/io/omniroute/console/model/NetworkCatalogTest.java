package io.omniroute.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.NodeRow;
import io.omniroute.cache.SkuRow;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NetworkCatalogTest {

    private static final SkuRow MUG = new SkuRow("SKU-1", "Mug", "Kitchen", 9.5);

    private static NodeRow node(String id, String zip) {
        return new NodeRow(id, "Node " + id, "STORE", 0, 0, zip, true, true, false, false, OptionalInt.empty(), 1,
                List.of());
    }

    private static NetworkCatalog catalogOf(NodeRow... nodes) {
        return NetworkCatalog.of(List.of(nodes), List.of(MUG), ZipDirectory.bundled());
    }

    @Test
    void aNodeIsPlacedInTheCityAndStateOfItsZip() {
        NodeInfo node = catalogOf(node("ST-1", "75233")).node("ST-1").orElseThrow();

        assertThat(node.city()).isEqualTo("Dallas");
        assertThat(node.state()).isEqualTo("TX");
    }

    @Test
    void aPlacedNodesLocationReadsCityCommaState() {
        assertThat(catalogOf(node("ST-1", "75233-0042")).node("ST-1").orElseThrow().location())
                .isEqualTo("Dallas, TX");
    }

    @Test
    void aNodeWithAnUnknownZipHasNoCityAndShowsTheZipAsItsLocation() {
        NodeInfo node = catalogOf(node("ST-1", "99999")).node("ST-1").orElseThrow();

        assertThat(node.city()).isEmpty();
        assertThat(node.state()).isEmpty();
        assertThat(node.location()).isEqualTo("99999");
    }

    @Test
    void nodesKeepTheOrderTheyWereGivenIn() {
        NetworkCatalog catalog = catalogOf(node("ST-2", "75233"), node("DC-1", "10001"), node("ST-1", "02134"));

        assertThat(catalog.nodes()).extracting(NodeInfo::id).containsExactly("ST-2", "DC-1", "ST-1");
        assertThat(catalog.nodeCount()).isEqualTo(3);
    }

    @Test
    void anUnknownNodeIsAbsent() {
        assertThat(catalogOf(node("ST-1", "75233")).node("ST-9")).isEmpty();
    }

    @Test
    void aSkusNameIsReadById() {
        NetworkCatalog catalog = catalogOf();

        assertThat(catalog.skuName("SKU-1")).isEqualTo("Mug");
        assertThat(catalog.sku("SKU-1")).contains(MUG);
        assertThat(catalog.skuCount()).isEqualTo(1);
    }

    @Test
    void theNameOfAnUnknownSkuIsEmpty() {
        assertThat(catalogOf().skuName("SKU-404")).isEmpty();
    }

    @Test
    void theEmptyCatalogHoldsNothing() {
        NetworkCatalog empty = NetworkCatalog.empty();

        assertThat(empty.nodes()).isEmpty();
        assertThat(empty.skus()).isEmpty();
        assertThat(empty.skuName("SKU-1")).isEmpty();
    }
}
