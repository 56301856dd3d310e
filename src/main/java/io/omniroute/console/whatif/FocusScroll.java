package io.omniroute.console.whatif;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control of a scroll pane in view: a ScrollPane does not follow the keyboard, so tabbing or a
 * mnemonic into the change form at the bottom of the setup column would leave it out of sight.
 */
final class FocusScroll {

    private FocusScroll() {
    }

    static void follow(ScrollPane pane) {
        pane.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                watch(pane, scene);
            }
        });
    }

    private static void watch(ScrollPane pane, Scene scene) {
        scene.focusOwnerProperty().addListener((o, before, focused) -> {
            if (focused != null && inside(pane.getContent(), focused)) {
                reveal(pane, focused);
            }
        });
    }

    private static boolean inside(Node content, Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == content) {
                return true;
            }
        }
        return false;
    }

    private static void reveal(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = pane.getViewportBounds().getHeight();
        double height = content.getBoundsInLocal().getHeight();
        if (height <= viewport) {
            return;
        }
        double top = pane.getVvalue() * (height - viewport);
        double newTop = top;
        if (bounds.getMinY() < top) {
            newTop = bounds.getMinY();
        } else if (bounds.getMaxY() > top + viewport) {
            newTop = bounds.getMaxY() - viewport;
        }
        pane.setVvalue(newTop / (height - viewport));
    }
}
