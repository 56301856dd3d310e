package io.omniroute.console.inventory;

import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the table's scroll place across a live refresh: remembers the position shown in the first visible row as
 * the rows are replaced (the cells still show the old ones then), and scrolls that position back to the top
 * afterwards, wherever the refresh moved it. A position that left the list keeps its old index instead.
 */
final class ScrollAnchor {

    private int index = -1;
    private int row = -1;

    void remember(TableView<PositionRecord> table) {
        index = -1;
        row = -1;
        Node flow = table.lookup(".virtual-flow");
        if (flow instanceof VirtualFlow<?> virtualFlow) {
            IndexedCell<?> first = virtualFlow.getFirstVisibleCell();
            if (first != null && first.getIndex() >= 0) {
                index = first.getIndex();
                row = first.getItem() instanceof PositionRecord record ? record.row() : -1;
            }
        }
    }

    void restore(TableView<PositionRecord> table, PositionRows rows) {
        if (index < 0 || rows.isEmpty()) {
            return;
        }
        int target = row >= 0 ? rows.indexOfRow(row) : -1;
        table.scrollTo(target >= 0 ? target : Math.min(index, rows.size() - 1));
    }
}
