package io.omniroute.console.whatif;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** The decision diff's columns: values read from immutable rows, costs sorted as numbers and shown as money. */
final class DiffColumns {

    private DiffColumns() {
    }

    static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** Text too long for its column shows whole in a tooltip. */
    static <R> void withTooltips(TableColumn<R, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
    }

    /** A cost, blank where the run does not have the order. */
    static void money(TableColumn<DiffRow, Number> column, ToDoubleFunction<DiffRow> value,
            Predicate<DiffRow> present) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(present.test(cell.getValue())
                ? value.applyAsDouble(cell.getValue()) : Double.NaN));
        column.setCellFactory(c -> new NumberCell(false));
    }

    /** The variant's cost minus the baseline's, red when it rose and green when it fell. */
    static void delta(TableColumn<DiffRow, Number> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().costDelta()));
        column.setCellFactory(c -> new NumberCell(true));
    }

    private static final class NumberCell extends TableCell<DiffRow, Number> {

        private final boolean signed;

        NumberCell(boolean signed) {
            this.signed = signed;
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll(WhatIfStyles.COST_UP, WhatIfStyles.COST_DOWN);
            if (empty || value == null || Double.isNaN(value.doubleValue())) {
                setText(empty ? null : "—");
                return;
            }
            double amount = value.doubleValue();
            setText(String.format(Locale.ROOT, signed ? "%+,.2f" : "%,.2f", amount));
            if (signed && Math.abs(amount) > 1e-6) {
                getStyleClass().add(amount > 0 ? WhatIfStyles.COST_UP : WhatIfStyles.COST_DOWN);
            }
        }
    }
}
