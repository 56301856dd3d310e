package io.omniroute.console.exceptions;

import io.omniroute.console.shell.ShortcutsDialog;
import java.util.List;
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
        ShortcutsDialog.show(owner, "Exceptions: keyboard shortcuts", shortcuts()).getDialogPane()
                .setId("exceptionShortcuts");
    }
}
