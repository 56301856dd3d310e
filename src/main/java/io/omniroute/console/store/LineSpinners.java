package io.omniroute.console.store;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** A grid of order lines, each with a spinner for its units, bound to the dialog's {@link LineChoice}s. */
final class LineSpinners {

    /** Held here: a bidirectional binding keeps only weak references to an asObject() adapter. */
    private final List<ObjectProperty<Integer>> adapters = new ArrayList<>();
    private final GridPane grid = new GridPane();

    /** @param idPrefix spinners get the id {@code <prefix>-<order>-<line>}, for tests and accessibility tools */
    LineSpinners(List<LineChoice> lines, String qtyTitle, String idPrefix) {
        grid.getStyleClass().add("line-grid");
        grid.addRow(0, new Label("Order"), new Label("Item"), new Label("Held"), new Label(qtyTitle));
        int row = 1;
        for (LineChoice line : lines) {
            Spinner<Integer> spinner = new Spinner<>(0, line.max(), line.qtyProperty().get());
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.setId(idPrefix + "-" + line.orderId() + "-" + line.lineNo());
            ObjectProperty<Integer> adapter = line.qtyProperty().asObject();
            adapters.add(adapter);
            spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
            grid.addRow(row++, new Label(line.orderId()), new Label(line.itemText()),
                    new Label(Integer.toString(line.max())), spinner);
        }
    }

    GridPane grid() {
        return grid;
    }
}
