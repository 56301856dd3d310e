package io.omniroute.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class PositionRowsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final PositionRows rows = new PositionRows();

    private IntFunction<PositionRecord> reader(String sku) {
        return row -> {
            reads.incrementAndGet();
            return new PositionRecord(row, "N-" + row, "", sku, "", 0, 0, 0, row, 0, false);
        };
    }

    @Test
    void buildsARecordOnlyWhenAsked() {
        rows.replace(new int[] {7, 3, 5}, reader("A"));

        assertThat(rows).hasSize(3);
        assertThat(reads).hasValue(0);
        assertThat(rows.get(1).row()).isEqualTo(3);
        assertThat(reads).hasValue(1);
    }

    @Test
    void keepsRecentRecordsSoCellsOfOneRowReadItOnce() {
        rows.replace(new int[] {7, 3, 5}, reader("A"));

        rows.get(2);
        rows.get(2);
        rows.get(2);

        assertThat(reads).hasValue(1);
    }

    @Test
    void aReplacementIsOneChangeWhoseRemovedItemsAreNeverBuiltUnlessRead() {
        rows.replace(new int[] {7, 3, 5}, reader("A"));
        List<String> seen = new ArrayList<>();
        rows.addListener((ListChangeListener<PositionRecord>) change -> {
            while (change.next()) {
                seen.add(change.getFrom() + ".." + change.getTo() + " removed " + change.getRemovedSize()
                        + " replaced " + change.wasReplaced());
            }
        });

        rows.replace(new int[] {5, 7}, reader("B"));

        assertThat(seen).containsExactly("0..2 removed 3 replaced true");
        assertThat(reads).hasValue(0);
    }

    @Test
    void findsARecordByItsRowNumberEvenWithChangedValues() {
        rows.replace(new int[] {7, 3, 5}, reader("A"));
        PositionRecord before = rows.get(2);

        rows.replace(new int[] {5, 7, 3}, reader("B"));

        assertThat(rows.indexOf(before)).isZero();
        assertThat(rows.indexOfRow(3)).isEqualTo(2);
        assertThat(rows.indexOfRow(4)).isEqualTo(-1);
        assertThat(rows.get(0).sku()).isEqualTo("B");
    }

    @Test
    void emptyToEmptyTellsNobody() {
        List<Object> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<PositionRecord>) changes::add);

        rows.replace(new int[0], reader("A"));

        assertThat(changes).isEmpty();
    }
}
