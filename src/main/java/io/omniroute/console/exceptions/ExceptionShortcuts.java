package io.omniroute.console.exceptions;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The exception screen's keyboard shortcuts, listed in one overlay (? on the screen; F1 lists the whole console). */
public final class ExceptionShortcuts {

    private ExceptionShortcuts() {
    }

    public static List<String[]> shortcuts() {
        return List.of(
                new String[] {"Up / Down", "Move through the queue; the order opens beside it"},
                new String[] {"Ctrl+F", "Filter the queue (Esc clears the filter and goes back to the queue)"},
                new String[] {"1 … 9", "Apply that alternative: Enter sends it with the preset reason, Esc backs out"},
                new String[] {"Enter", "Go to the order's alternatives (Enter there applies the selected one)"},
                new String[] {"E", "Plan the order by hand: nodes per line, split, backorder, cancel"},
                new String[] {"R", "Resolve one of the order's exceptions, with a reason"},
                new String[] {"T / U", "Take the selected exceptions / release them"},
                new String[] {"N", "Take and open the next exception nobody has"},
                new String[] {"Ctrl+A, Ctrl+B", "Select every row shown; re-source the selection in bulk"},
                new String[] {"A / D", "On a conflict: apply it again on the backend's version / discard it"},
                new String[] {"?", "This list"});
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (String[] shortcut : shortcuts()) {
            Label keys = new Label(shortcut[0]);
            keys.getStyleClass().add("text-bold");
            grid.addRow(row++, keys, new Label(shortcut[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Exceptions: keyboard shortcuts");
        alert.setHeaderText("Exceptions: keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("exceptionShortcuts");
        alert.show();
    }
}
