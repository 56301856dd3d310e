package io.omniroute.console.network;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * Keeps the state check box list and the ViewModel's chosen states in step: the states to pick from follow the
 * nodes, the ticks follow the ViewModel (a reveal may clear them), and the user's ticks go back to it.
 */
final class StateFilterBinding {

    private final CheckComboBox<String> combo;
    private final NetworkViewModel viewModel;
    /** True while this class itself changes the ticks, which must not be mistaken for the user's. */
    private boolean syncing;

    private StateFilterBinding(CheckComboBox<String> combo, NetworkViewModel viewModel) {
        this.combo = combo;
        this.viewModel = viewModel;
    }

    static void bind(CheckComboBox<String> combo, NetworkViewModel viewModel) {
        new StateFilterBinding(combo, viewModel).bind();
    }

    private void bind() {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : UsState.describe(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        viewModel.availableStates().addListener((ListChangeListener<String>) change -> showStates());
        viewModel.filters().statesShownProperty().addListener((o, was, is) -> showTicks());
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncing) {
                viewModel.filters().statesShownProperty().set(Set.copyOf(combo.getCheckModel().getCheckedItems()));
            }
            showTitle();
        });
        showStates();
        showTitle();
    }

    private void showStates() {
        syncing = true;
        try {
            combo.getItems().setAll(viewModel.availableStates());
        } finally {
            syncing = false;
        }
        showTicks();
    }

    private void showTicks() {
        Set<String> wanted = viewModel.filters().statesShownProperty().get();
        if (wanted.equals(Set.copyOf(combo.getCheckModel().getCheckedItems()))) {
            return;
        }
        syncing = true;
        try {
            combo.getCheckModel().clearChecks();
            wanted.forEach(state -> combo.getCheckModel().check(state));
        } finally {
            syncing = false;
        }
        showTitle();
    }

    private void showTitle() {
        List<String> ticked = combo.getCheckModel().getCheckedItems();
        combo.setTitle(ticked.isEmpty() ? "All states"
                : ticked.size() == 1 ? UsState.describe(ticked.get(0)) : ticked.size() + " states");
    }
}
