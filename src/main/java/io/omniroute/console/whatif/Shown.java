package io.omniroute.console.whatif;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Controls that show only while a condition holds, and then leave no gap behind. */
final class Shown {

    private Shown() {
    }

    static void when(ObservableBooleanValue shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }
}
