package io.omniroute.console.exceptions;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table cells of the exception screen: text from a row, and text whose style follows the row. */
final class Cells {

    private Cells() {
    }

    static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** Text with the style classes {@code styles} gives the row; the classes any style can take are cleared first. */
    static <R> void styled(TableColumn<R, R> column, Function<R, String> text, Function<R, String> style,
            List<String> allStyles) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(table -> new TableCell<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(allStyles);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(row));
                String chosen = style.apply(row);
                if (!chosen.isEmpty()) {
                    getStyleClass().add(chosen);
                }
            }
        });
    }
}
