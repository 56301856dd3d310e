package io.omniroute.console.exceptions;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * The screen's keyboard: single keys act on the queue and the open order, so a planner works without the mouse
 * (ExceptionShortcuts lists them). Never while the planner types into a field or a picker.
 */
final class ExceptionKeys {

    private final ExceptionQueueView view;

    ExceptionKeys(ExceptionQueueView view) {
        this.view = view;
    }

    void install(BorderPane root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent event) {
        if (event.getTarget() == view.searchField()) {
            if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.DOWN) {
                event.consume();
                if (event.getCode() == KeyCode.ESCAPE) {
                    view.leaveSearch();
                } else {
                    view.queueTable().requestFocus();
                }
            }
            return;
        }
        if (event.isShortcutDown()) {
            shortcut(event);
            return;
        }
        if (typing(event) || event.isAltDown()) {
            return;
        }
        Runnable action = action(event);
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    private void shortcut(KeyEvent event) {
        Runnable action = switch (event.getCode()) {
            case F -> view::focusSearch;
            case B -> view::onBulk;
            case A -> view::selectAll;
            default -> null;
        };
        if (action != null && !(event.getCode() == KeyCode.A && typing(event))) {
            event.consume();
            action.run();
        }
    }

    private Runnable action(KeyEvent event) {
        KeyCode code = event.getCode();
        int rank = rank(code);
        if (rank > 0) {
            return () -> view.applyAlternative(rank);
        }
        return switch (code) {
            case E -> view::onEdit;
            case R -> view::onResolve;
            case T -> view::onTake;
            case U -> view::onRelease;
            case N -> view::onTakeNext;
            case A -> () -> view.decideConflict(true);
            case D -> () -> view.decideConflict(false);
            case ENTER -> enter(event);
            default -> null;
        };
    }

    /** Enter in the queue goes to the alternatives; in the alternatives it applies the selected one. */
    private Runnable enter(KeyEvent event) {
        if (event.getTarget() == view.alternativesTable()) {
            return () -> {
                DetailRows.Alternative chosen = view.alternativesTable().getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    view.applyAlternative(chosen.rank());
                }
            };
        }
        return event.getTarget() == view.queueTable() ? view::focusAlternatives : null;
    }

    /** 1 to 9 on the main keys or the number pad; 0 otherwise. */
    static int rank(KeyCode code) {
        if (code.compareTo(KeyCode.DIGIT1) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) {
            return code.ordinal() - KeyCode.DIGIT1.ordinal() + 1;
        }
        if (code.compareTo(KeyCode.NUMPAD1) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) {
            return code.ordinal() - KeyCode.NUMPAD1.ordinal() + 1;
        }
        return 0;
    }

    private void typed(KeyEvent event) {
        if ("?".equals(event.getCharacter()) && !typing(event)) {
            event.consume();
            view.onHelp();
        }
    }

    private static boolean typing(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return true;
        }
        for (Node node = event.getTarget() instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }
}
