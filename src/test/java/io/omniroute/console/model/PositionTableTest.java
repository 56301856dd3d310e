package io.omniroute.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.omniroute.cache.PositionRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PositionTableTest {

    private static final Instant UPDATED = Instant.parse("2026-03-02T08:15:00Z");

    private final PositionTable table = PositionTable.withCapacity(16);

    /** Runs the assertions on a consistent view of the table. */
    private static void check(PositionTable table, Consumer<PositionTable.View> assertions) {
        table.read(view -> {
            assertions.accept(view);
            return null;
        });
    }

    private static PositionRow position(String nodeId, String sku, int atp) {
        return new PositionRow(nodeId, sku, atp + 7, 5, 2, atp, UPDATED);
    }

    @Test
    void upsertOfNewPositionsAppendsARowForEach() {
        int[] rows = table.upsert(List.of(position("DC-1", "SKU-1", 10), position("DC-1", "SKU-2", 20)));

        assertThat(rows).containsExactly(0, 1);
        check(table, view -> {
            assertThat(view.rows()).isEqualTo(2);
            assertThat(view.count()).isEqualTo(2);
            assertThat(view.atp(1)).isEqualTo(20);
            assertThat(view.skuId(view.sku(1))).isEqualTo("SKU-2");
        });
    }

    @Test
    void upsertOfAKnownPositionUpdatesItsRowInPlace() {
        table.upsert(List.of(position("DC-1", "SKU-1", 10), position("DC-1", "SKU-2", 20)));

        int[] rows = table.upsert(List.of(new PositionRow("DC-1", "SKU-2", 40, 9, 3, 28, UPDATED.plusSeconds(60))));

        assertThat(rows).containsExactly(1);
        check(table, view -> {
            assertThat(view.rows()).isEqualTo(2);
            assertThat(new int[] {view.onHand(1), view.reserved(1), view.safetyStock(1), view.atp(1)})
                    .containsExactly(40, 9, 3, 28);
            assertThat(view.updatedEpochSecond(1)).isEqualTo(UPDATED.getEpochSecond() + 60);
            assertThat(view.atp(0)).isEqualTo(10);
        });
    }

    @Test
    void rowsKeepTheirNumbersAndValuesAsTheTableGrows() {
        PositionTable small = PositionTable.withCapacity(1);
        List<PositionRow> first = List.of(position("DC-1", "SKU-1", 1), position("DC-2", "SKU-1", 2));
        small.upsert(first);
        List<PositionRow> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(position("ST-" + i % 50, "SKU-" + i, i));
        }

        int[] rows = small.upsert(many);

        assertThat(rows[0]).isEqualTo(2);
        assertThat(rows[rows.length - 1]).isEqualTo(5_001);
        check(small, view -> {
            assertThat(view.rows()).isEqualTo(5_002);
            assertThat(view.row("DC-1", "SKU-1")).isZero();
            assertThat(view.row("DC-2", "SKU-1")).isEqualTo(1);
            assertThat(view.atp(1)).isEqualTo(2);
            assertThat(view.row("ST-49", "SKU-4999")).isEqualTo(5_001);
            assertThat(view.atp(5_001)).isEqualTo(4_999);
        });
    }

    @Test
    void removeMarksTheRowNotLiveAndDropsTheCount() {
        table.upsert(List.of(position("DC-1", "SKU-1", 10), position("DC-1", "SKU-2", 20)));

        int[] removed = table.remove(List.of("DC-1|SKU-1"));

        assertThat(removed).containsExactly(0);
        check(table, view -> {
            assertThat(view.live(0)).isFalse();
            assertThat(view.live(1)).isTrue();
            assertThat(view.count()).isEqualTo(1);
            assertThat(view.rows()).isEqualTo(2);
        });
    }

    @Test
    void reUpsertOfARemovedPositionRevivesItOnItsOldRow() {
        table.upsert(List.of(position("DC-1", "SKU-1", 10), position("DC-1", "SKU-2", 20)));
        table.remove(List.of("DC-1|SKU-1"));

        int[] rows = table.upsert(List.of(position("DC-1", "SKU-1", 11)));

        assertThat(rows).containsExactly(0);
        check(table, view -> {
            assertThat(view.live(0)).isTrue();
            assertThat(view.atp(0)).isEqualTo(11);
            assertThat(view.count()).isEqualTo(2);
            assertThat(view.rows()).isEqualTo(2);
        });
    }

    @Test
    void removeIgnoresIdsOfPositionsItDoesNotHold() {
        table.upsert(List.of(position("DC-1", "SKU-1", 10), position("DC-2", "SKU-2", 20)));

        // an unknown node, an unknown SKU, a pair of known ones that is not held, and an id without its bar
        int[] removed = table.remove(List.of("DC-9|SKU-1", "DC-1|SKU-9", "DC-1|SKU-2", "DC-1"));

        assertThat(removed).isEmpty();
        assertThat(table.read(PositionTable.View::count)).isEqualTo(2);
    }

    @Test
    void theVersionGrowsWithEveryChange() {
        long empty = table.version();
        table.upsert(List.of(position("DC-1", "SKU-1", 10)));
        long added = table.version();
        table.upsert(List.of(position("DC-1", "SKU-1", 9)));
        long updated = table.version();
        table.remove(List.of("DC-1|SKU-1"));
        long removed = table.version();

        assertThat(List.of(empty, added, updated, removed)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void nodesAndSkusAreNumberedInTheOrderFirstSeen() {
        table.upsert(List.of(position("ST-7", "SKU-B", 1), position("DC-1", "SKU-A", 2),
                position("ST-7", "SKU-A", 3)));

        check(table, view -> {
            assertThat(view.nodes()).isEqualTo(2);
            assertThat(view.skus()).isEqualTo(2);
            assertThat(view.nodeNumber("ST-7")).isZero();
            assertThat(view.nodeNumber("DC-1")).isEqualTo(1);
            assertThat(view.skuNumber("SKU-B")).isZero();
            assertThat(view.skuNumber("SKU-A")).isEqualTo(1);
            assertThat(view.nodeId(1)).isEqualTo("DC-1");
            assertThat(view.skuId(1)).isEqualTo("SKU-A");
            assertThat(view.node(2)).isZero();
            assertThat(view.sku(2)).isEqualTo(1);
        });
    }

    @Test
    void aNodeOrSkuWithNoPositionHasNumberMinusOne() {
        table.upsert(List.of(position("DC-1", "SKU-1", 10)));

        check(table, view -> {
            assertThat(view.nodeNumber("DC-2")).isEqualTo(-1);
            assertThat(view.skuNumber("SKU-2")).isEqualTo(-1);
            assertThat(view.row("DC-1", "SKU-2")).isEqualTo(-1);
        });
    }

    @Test
    void updatedEpochSecondIsTheBackendsChangeTimeAndZeroWhenUnknown() {
        table.upsert(List.of(position("DC-1", "SKU-1", 10),
                new PositionRow("DC-1", "SKU-2", 1, 0, 0, 1, Instant.EPOCH)));

        check(table, view -> {
            assertThat(view.updatedEpochSecond(0)).isEqualTo(UPDATED.getEpochSecond());
            assertThat(view.updatedEpochSecond(1)).isZero();
        });
    }
}
