package io.omniroute.console.inventory;

import static io.omniroute.console.inventory.TestNetwork.FRESH;
import static io.omniroute.console.inventory.TestNetwork.STALE_BEFORE;
import static io.omniroute.console.inventory.TestNetwork.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.SkuRow;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.model.ZipDirectory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PositionQueryTest {

    private final PositionTable table = TestNetwork.table();
    private final NetworkCatalog catalog = TestNetwork.catalog();
    private final PositionQuery query = PositionQuery.over(table);

    private List<String> ids(PositionFilter filter, PositionSort sort) {
        int[] rows = query.run(filter, sort, catalog, STALE_BEFORE).rows();
        return table.read(view -> java.util.Arrays.stream(rows)
                .mapToObj(row -> view.nodeId(view.node(row)) + "/" + view.skuId(view.sku(row))).toList());
    }

    private List<String> ids(PositionFilter filter) {
        return ids(filter, PositionSort.DEFAULT);
    }

    @Test
    void withoutFilterEveryPositionComesByNodeThenSku() {
        assertThat(ids(PositionFilter.NONE)).containsExactly("DC-001/SKU-1", "DC-001/SKU-2", "DC-001/SKU-3",
                "DS-003/SKU-2", "ST-002/SKU-1", "ST-002/SKU-3", "ST-004/SKU-2");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            MUG,         DC-001/SKU-1 ST-002/SKU-1
            '"pro" la',  DC-001/SKU-2 DS-003/SKU-2 ST-004/SKU-2
            sku-3,       DC-001/SKU-3 ST-002/SKU-3
            manhattan,   ST-002/SKU-1 ST-002/SKU-3
            ds-00,       DS-003/SKU-2
            """)
    void textMatchesSkuSkuNameNodeIdOrNodeNameIgnoringCase(String text, String expected) {
        assertThat(ids(PositionFilter.NONE.withText(text))).containsExactly(expected.split(" "));
    }

    @Test
    void textNeverMatchesAcrossTheIdAndTheName() {
        assertThat(ids(PositionFilter.NONE.withText("1mug"))).isEmpty();
    }

    @Test
    void nodeTypeKeepsThatTypeOnly() {
        assertThat(ids(PositionFilter.NONE.withNodeType("STORE")))
                .containsExactly("ST-002/SKU-1", "ST-002/SKU-3", "ST-004/SKU-2");
    }

    @Test
    void stateComesFromTheNodesZip() {
        assertThat(ids(PositionFilter.NONE.withState("ma"))).containsExactly("ST-004/SKU-2");
    }

    @Test
    void lowAtpKeepsPositionsAtOrBelowTheThreshold() {
        assertThat(ids(PositionFilter.NONE.withAtpAtMost(3)))
                .containsExactly("DC-001/SKU-1", "DC-001/SKU-3", "ST-002/SKU-1", "ST-002/SKU-3");
    }

    @Test
    void staleOnlyKeepsOldAndUnknownUpdates() {
        assertThat(ids(PositionFilter.NONE.withStaleOnly(true))).containsExactly("ST-002/SKU-1", "ST-002/SKU-3");
    }

    @Test
    void filtersCombineWithAnd() {
        PositionFilter storesWithLowMug = PositionFilter.NONE.withText("mug").withNodeType("STORE").withAtpAtMost(3);
        assertThat(ids(storesWithLowMug)).containsExactly("ST-002/SKU-1");
    }

    @Test
    void sortByAtpBreaksTiesByNodeThenSku() {
        assertThat(ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.ATP))).containsExactly(
                "DC-001/SKU-3", "DC-001/SKU-1", "ST-002/SKU-1", "ST-002/SKU-3", "ST-004/SKU-2", "DS-003/SKU-2",
                "DC-001/SKU-2");
    }

    @Test
    void descendingReversesValuesButKeepsTiesInNodeThenSkuOrder() {
        assertThat(ids(PositionFilter.NONE, PositionSort.descending(PositionColumn.ATP))).containsExactly(
                "DC-001/SKU-2", "DS-003/SKU-2", "ST-004/SKU-2", "DC-001/SKU-1", "ST-002/SKU-1", "ST-002/SKU-3",
                "DC-001/SKU-3");
    }

    @Test
    void sortBySkuNameIgnoresCase() {
        assertThat(ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.SKU_NAME))).containsExactly(
                "DC-001/SKU-3", "ST-002/SKU-3", "DC-001/SKU-2", "DS-003/SKU-2", "ST-004/SKU-2", "DC-001/SKU-1",
                "ST-002/SKU-1");
    }

    @Test
    void sortByNodeDescendingKeepsSkusAscendingWithinANode() {
        assertThat(ids(PositionFilter.NONE.withText("DC-001"), PositionSort.descending(PositionColumn.NODE)))
                .containsExactly("DC-001/SKU-1", "DC-001/SKU-2", "DC-001/SKU-3");
        assertThat(ids(PositionFilter.NONE, PositionSort.descending(PositionColumn.NODE)).get(0))
                .isEqualTo("ST-004/SKU-2");
    }

    @Test
    void sortByUpdatedPutsUnknownFirst() {
        assertThat(ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.UPDATED)).subList(0, 3))
                .containsExactly("ST-002/SKU-3", "ST-002/SKU-1", "DC-001/SKU-2");
    }

    @Test
    void sortByStaleDescendingPutsStaleFirst() {
        assertThat(ids(PositionFilter.NONE, PositionSort.descending(PositionColumn.STALE)).subList(0, 2))
                .containsExactly("ST-002/SKU-1", "ST-002/SKU-3");
    }

    @Test
    void deletedPositionsAreSkippedInEveryOrder() {
        table.remove(List.of("DC-001|SKU-2", "ST-002|SKU-1"));
        assertThat(ids(PositionFilter.NONE)).doesNotContain("DC-001/SKU-2", "ST-002/SKU-1").hasSize(5);
        assertThat(ids(PositionFilter.NONE, PositionSort.descending(PositionColumn.ATP)))
                .containsExactly("DS-003/SKU-2", "ST-004/SKU-2", "DC-001/SKU-1", "ST-002/SKU-3", "DC-001/SKU-3");
        assertThat(query.run(PositionFilter.NONE, PositionSort.DEFAULT, catalog, STALE_BEFORE).livePositions())
                .isEqualTo(5);
    }

    @Test
    void changedQuantitiesReorderAQuantityColumnSortedBefore() {
        ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.ATP));
        table.upsert(List.of(position("DC-001", "SKU-2", 1, FRESH)));
        assertThat(ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.ATP)).subList(0, 2))
                .containsExactly("DC-001/SKU-3", "DC-001/SKU-2");
    }

    @Test
    void newPositionsTakeTheirPlaceInTheCachedOrders() {
        ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.SKU));
        table.upsert(List.of(position("AA-000", "SKU-1", 5, FRESH)));
        assertThat(ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.SKU)).subList(0, 3))
                .containsExactly("AA-000/SKU-1", "DC-001/SKU-1", "ST-002/SKU-1");
    }

    @Test
    void aNewCatalogReordersSkuNames() {
        ids(PositionFilter.NONE, PositionSort.ascending(PositionColumn.SKU_NAME));
        NetworkCatalog renamed = NetworkCatalog.of(TestNetwork.NODES, List.of(new SkuRow("SKU-1", "Zebra mug", "", 1),
                new SkuRow("SKU-2", "Lamp", "", 1), new SkuRow("SKU-3", "Tent", "", 1)), ZipDirectory.bundled());
        int[] rows = query.run(PositionFilter.NONE, PositionSort.ascending(PositionColumn.SKU_NAME), renamed,
                STALE_BEFORE).rows();
        String first = table.read(view -> view.skuId(view.sku(rows[0])));
        assertThat(first).isEqualTo("SKU-2");
    }

    @Test
    void aTableLoadedInIdOrderKeepsThatOrderAndStillSortsByValue() {
        PositionTable inOrder = PositionTable.withCapacity(4);
        inOrder.upsert(List.of(position("DC-001", "SKU-1", 5, FRESH), position("DC-001", "SKU-2", 1, FRESH),
                position("ST-002", "SKU-1", 3, FRESH)));
        PositionQuery sorted = PositionQuery.over(inOrder);

        assertThat(sorted.run(PositionFilter.NONE, PositionSort.DEFAULT, catalog, STALE_BEFORE).rows())
                .containsExactly(0, 1, 2);
        assertThat(sorted.run(PositionFilter.NONE, PositionSort.ascending(PositionColumn.ATP), catalog, STALE_BEFORE)
                .rows()).containsExactly(1, 2, 0);
    }

    @Test
    void aQueryNoLongerWantedIsAbandoned() {
        Optional<PositionMatches> result = query.run(PositionFilter.NONE.withText("mug"), PositionSort.DEFAULT,
                catalog, STALE_BEFORE, () -> false);
        assertThat(result).isEmpty();
    }

    @Test
    void theResultCarriesTheTablesVersionAndTheCutoff() {
        PositionMatches matches = query.run(PositionFilter.NONE, PositionSort.DEFAULT, catalog, STALE_BEFORE);
        assertThat(matches.tableVersion()).isEqualTo(table.version());
        assertThat(matches.staleBefore()).isEqualTo(STALE_BEFORE);
        assertThat(matches.livePositions()).isEqualTo(7);
    }
}
