package io.omniroute.console.network;

import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * Feeds the node table from the ViewModel's visible nodes (sortable by the column headers) and keeps the table's
 * selection and the ViewModel's chosen node in step, both ways.
 */
final class NodeTableBinding {

    private final TableView<NetworkNode> table;
    private final NetworkViewModel viewModel;
    /** True while new rows pass through the table, whose selection model may then pick some other row. */
    private boolean replacingRows;

    private NodeTableBinding(TableView<NetworkNode> table, NetworkViewModel viewModel) {
        this.table = table;
        this.viewModel = viewModel;
    }

    static void bind(TableView<NetworkNode> table, NetworkViewModel viewModel) {
        new NodeTableBinding(table, viewModel).bind();
    }

    private void bind() {
        // Listener order matters: this one runs before the table sees new rows, the one on the sorted list after.
        viewModel.visibleNodes().addListener((ListChangeListener<NetworkNode>) change -> replacingRows = true);
        SortedList<NetworkNode> sorted = new SortedList<>(viewModel.visibleNodes());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        sorted.addListener((ListChangeListener<NetworkNode>) change -> {
            replacingRows = false;
            showChosen(false);
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !replacingRows) {
                viewModel.select(row.id());
            }
        });
        viewModel.selectedNodeProperty().addListener((o, was, node) -> showChosen(true));
    }

    /** @param scroll whether to bring the row into view (a choice made on the map, not in the table) */
    private void showChosen(boolean scroll) {
        NetworkNode chosen = viewModel.selectedNodeProperty().get();
        NetworkNode current = table.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (current == chosen) {
            return;
        }
        boolean alreadyThere = current != null && current.id().equals(chosen.id());
        int index = indexOf(chosen.id());
        if (index < 0) {
            table.getSelectionModel().clearSelection();
            return;
        }
        table.getSelectionModel().clearAndSelect(index);
        if (scroll && !alreadyThere) {
            table.scrollTo(Math.max(0, index - 2));
        }
    }

    private int indexOf(String nodeId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(nodeId)) {
                return i;
            }
        }
        return -1;
    }
}
