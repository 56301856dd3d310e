package io.omniroute.console.whatif;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The KPI table's columns, made again for each run's set of variants: the KPI, the baseline, then a value and a
 * difference per variant, the difference green when it is better and red when it is worse.
 */
final class KpiTableColumns {

    private KpiTableColumns() {
    }

    static void rebuild(TableView<KpiRow> table, List<String> runs) {
        List<TableColumn<KpiRow, ?>> columns = new ArrayList<>();
        TableColumn<KpiRow, String> kpi = new TableColumn<>("KPI");
        kpi.setPrefWidth(270);
        kpi.setSortable(false);
        kpi.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().kpi()));
        columns.add(kpi);
        if (!runs.isEmpty()) {
            columns.add(text(runs.get(0), row -> row.baseline()));
        }
        for (int v = 1; v < runs.size(); v++) {
            int index = v - 1;
            columns.add(text(runs.get(v), row -> row.variants().get(index).value()));
            columns.add(difference("Δ " + runs.get(v), index));
        }
        table.getColumns().setAll(columns);
    }

    private static TableColumn<KpiRow, String> text(String title, java.util.function.Function<KpiRow, String> value) {
        TableColumn<KpiRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(130);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.getStyleClass().add("numeric");
        return column;
    }

    private static TableColumn<KpiRow, KpiRow.Cell> difference(String title, int variant) {
        TableColumn<KpiRow, KpiRow.Cell> column = new TableColumn<>(title);
        column.setPrefWidth(150);
        column.setSortable(false);
        column.getStyleClass().add("numeric");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().variants().get(variant)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(KpiRow.Cell value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll(WhatIfStyles.BETTER, WhatIfStyles.WORSE);
                setText(empty || value == null ? null : value.difference());
                if (!empty && value != null && value.judgement() != KpiRow.Judgement.NEUTRAL) {
                    getStyleClass().add(value.judgement() == KpiRow.Judgement.BETTER ? WhatIfStyles.BETTER
                            : WhatIfStyles.WORSE);
                }
            }
        });
        return column;
    }
}
