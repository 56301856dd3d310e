package io.omniroute.console.whatif;

import io.omniroute.engine.sourcing.Verdict;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** One side of an opened order: the run's name, the replay's progress, the plan, and every node's verdict. */
final class ExplanationSideBinding {

    private ExplanationSideBinding() {
    }

    static void bind(ExplanationSide side, Label heading, ProgressBar progress, Label status, Label plan,
            TableView<VerdictRow> verdicts) {
        heading.textProperty().bind(side.headingProperty());
        progress.progressProperty().bind(side.progressProperty());
        // shown while the replay runs: -1 (starting) up to, not including, 1 (explained)
        progress.visibleProperty().bind(side.progressProperty().lessThan(1)
                .and(side.progressProperty().isNotEqualTo(0, 1e-9)));
        progress.managedProperty().bind(progress.visibleProperty());
        status.textProperty().bind(side.statusProperty());
        plan.textProperty().bind(side.planProperty());
        // every line of the plan shows: the table below takes what room is left
        plan.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        columns(verdicts);
        verdicts.setItems(side.verdicts());
        verdicts.setPlaceholder(new Label(""));
    }

    private static void columns(TableView<VerdictRow> table) {
        TableColumn<VerdictRow, String> node = column("Node", 80);
        DiffColumns.text(node, VerdictRow::nodeId);
        TableColumn<VerdictRow, String> verdict = column("Verdict", 125);
        DiffColumns.text(verdict, VerdictRow::verdictText);
        TableColumn<VerdictRow, String> distance = column("Distance", 90);
        DiffColumns.text(distance, VerdictRow::distance);
        TableColumn<VerdictRow, String> delta = column("Dearer by", 95);
        DiffColumns.text(delta, VerdictRow::costDelta);
        TableColumn<VerdictRow, String> detail = column("Why", 420);
        DiffColumns.text(detail, VerdictRow::detail);
        DiffColumns.withTooltips(detail);
        table.getColumns().setAll(java.util.List.of(node, verdict, distance, delta, detail));
        // columns keep their width and the table scrolls sideways: squeezed, the ids and verdicts would not read
        table.setFixedCellSize(26);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VerdictRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(WhatIfStyles.CHOSEN);
                if (!empty && row != null && row.verdict() == Verdict.CHOSEN) {
                    getStyleClass().add(WhatIfStyles.CHOSEN);
                }
            }
        });
    }

    private static <T> TableColumn<VerdictRow, T> column(String title, double width) {
        TableColumn<VerdictRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        return column;
    }
}
