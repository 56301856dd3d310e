package io.omniroute.console.shell;

import java.util.List;

/**
 * What the shell asks of a screen's FXML controller. The shell loads each screen once, keeps it, and tells it when
 * it is shown or left and when the user jumped to something on it.
 */
public interface ScreenView {

    /** The screen became visible. */
    default void shown() {
    }

    /** The user left the screen. */
    default void hidden() {
    }

    /** Select the target on this screen (a node on the map, a SKU in the inventory). */
    default void reveal(Target target) {
    }

    /** The screen's own keys and what they do, as {key, action} pairs: F1 lists them after the console's. */
    default List<String[]> shortcuts() {
        return List.of();
    }
}
