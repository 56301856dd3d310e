package io.omniroute.console.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The screen's Ctrl shortcuts, put on the scene while the screen is shown, so they work wherever the focus is
 * (after a click on the navigation, it is still on the navigation button). They stay clear of the shell's Ctrl+digits,
 * Ctrl+K, Ctrl+Shift+L and F1.
 */
final class WhatIfShortcuts {

    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();

    WhatIfShortcuts(WhatIfView view) {
        keys.put(ctrl(KeyCode.N), view::addVariant);
        keys.put(ctrl(KeyCode.R), view::onRun);
        keys.put(ctrl(KeyCode.S), view::onSave);
        keys.put(ctrlShift(KeyCode.S), view::onSaveAs);
        keys.put(ctrl(KeyCode.O), view::onOpen);
        keys.put(ctrl(KeyCode.E), view::onExportCsv);
        keys.put(ctrlShift(KeyCode.E), view::onExportReport);
        keys.put(ctrl(KeyCode.F), view::findInDiff);
        keys.put(ctrl(KeyCode.ENTER), view::addChangeIfEditing);
    }

    /** The keys in words, for the console's F1 list. */
    static List<String[]> described() {
        return List.of(new String[] {"Ctrl+N", "Add a variant"}, new String[] {"Ctrl+R", "Run the baseline and every"
                + " variant"}, new String[] {"Ctrl+S / Ctrl+Shift+S", "Save the study / save it as"},
                new String[] {"Ctrl+O", "Open a study"}, new String[] {"Ctrl+E / Ctrl+Shift+E", "Export the results"
                        + " to CSV / to the HTML report"}, new String[] {"Ctrl+F", "Find an order or node in the"
                        + " decision diff"}, new String[] {"Ctrl+Enter", "Add the change being edited"});
    }

    void install(Scene scene) {
        scene.getAccelerators().putAll(keys);
    }

    void remove(Scene scene) {
        keys.keySet().forEach(scene.getAccelerators()::remove);
    }

    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
