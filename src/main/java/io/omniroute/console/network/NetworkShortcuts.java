package io.omniroute.console.network;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The screen's keys: + and - zoom, 0 resets the view, the arrows pan, Esc closes the node panel, Ctrl+F (Cmd+F)
 * goes to the list filter. Map keys are typed characters, so they work on any keyboard layout, and they are left
 * to a text field that has the focus: typing "0" into the filter must not reset the map.
 */
final class NetworkShortcuts {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private NetworkShortcuts() {
    }

    static void install(Node screen, NetworkViewModel viewModel, TextInputControl listFilter) {
        screen.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (pressed(event, viewModel, listFilter)) {
                event.consume();
            }
        });
        screen.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (!(event.getTarget() instanceof TextInputControl) && typed(event.getCharacter(), viewModel)) {
                event.consume();
            }
        });
    }

    private static boolean pressed(KeyEvent event, NetworkViewModel viewModel, TextInputControl listFilter) {
        if (FIND.match(event)) {
            listFilter.requestFocus();
            listFilter.selectAll();
            return true;
        }
        if (event.getCode() == KeyCode.ESCAPE && viewModel.selectedNodeProperty().get() != null) {
            viewModel.clearSelection();
            return true;
        }
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown()) {
            return false;
        }
        switch (event.getCode()) {
            case LEFT -> viewModel.pan(-1, 0);
            case RIGHT -> viewModel.pan(1, 0);
            case UP -> viewModel.pan(0, -1);
            case DOWN -> viewModel.pan(0, 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean typed(String character, NetworkViewModel viewModel) {
        switch (character) {
            case "+", "=" -> viewModel.zoomIn();
            case "-", "_" -> viewModel.zoomOut();
            case "0" -> viewModel.resetView();
            default -> {
                return false;
            }
        }
        return true;
    }
}
