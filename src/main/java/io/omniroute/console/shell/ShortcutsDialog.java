package io.omniroute.console.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The console's keyboard shortcuts, in one overlay (F1); a screen adds its own (ScreenView.shortcuts). */
public final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static List<String[]> shortcuts() {
        List<String[]> rows = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            rows.add(new String[] {"Ctrl+" + screen.shortcutDigit(), "Go to " + screen.title()});
        }
        rows.add(new String[] {"Ctrl+K", "Search an order, a SKU or a node; Enter jumps, Esc closes"});
        rows.add(new String[] {"Ctrl+Shift+L", "Light or dark theme"});
        rows.add(new String[] {"F1", "This list"});
        rows.add(new String[] {"Network: + / - / 0", "Zoom in, zoom out, reset the map"});
        rows.add(new String[] {"Network: arrows", "Pan the map"});
        rows.add(new String[] {"Network: Esc", "Close the node panel"});
        rows.add(new String[] {"Ctrl+F", "Filter the current screen's list"});
        rows.add(new String[] {"Inventory: Esc", "Clear the filter"});
        rows.add(new String[] {"Inventory: Ctrl+E", "Export the filtered positions to CSV"});
        return rows;
    }

    /** A list of keys and what they do, in an overlay; the caller may name it or wait for it. */
    public static Alert show(Window owner, String title, List<String[]> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (String[] shortcut : rows) {
            Label keys = new Label(shortcut[0]);
            keys.getStyleClass().add("text-bold");
            grid.addRow(row++, keys, new Label(shortcut[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(grid);
        alert.show();
        return alert;
    }
}
