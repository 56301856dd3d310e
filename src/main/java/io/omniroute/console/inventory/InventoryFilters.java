package io.omniroute.console.inventory;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.engine.model.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick filter's inputs, as the user sets them, and the choices they offer. Any change asks for a new query;
 * "" in a choice means any.
 */
public final class InventoryFilters {

    /** The node-type choices: any, then the engine's types. */
    public static final List<String> NODE_TYPES = nodeTypes();

    private final Runnable changed;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty nodeType = new SimpleStringProperty(this, "nodeType", "");
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final BooleanProperty lowAtpOnly = new SimpleBooleanProperty(this, "lowAtpOnly");
    private final IntegerProperty lowAtpThreshold =
            new SimpleIntegerProperty(this, "lowAtpThreshold", InventoryViewModel.DEFAULT_LOW_ATP);
    private final BooleanProperty staleOnly = new SimpleBooleanProperty(this, "staleOnly");
    private final ObservableList<String> states = FXCollections.observableArrayList("");
    private final ObservableList<String> statesView = FXCollections.unmodifiableObservableList(states);
    private boolean quiet;

    InventoryFilters(Runnable changed) {
        this.changed = Objects.requireNonNull(changed, "changed");
        ChangeListener<Object> tellOnChange = (observable, old, now) -> tell();
        for (ObservableValue<?> input : List.<ObservableValue<?>>of(text, nodeType, state, lowAtpOnly, staleOnly)) {
            input.addListener(tellOnChange);
        }
        // the threshold only matters while the low-ATP filter is on
        lowAtpThreshold.addListener((observable, old, now) -> {
            if (lowAtpOnly.get()) {
                tell();
            }
        });
    }

    /** The filter as set now. */
    public PositionFilter current() {
        PositionFilter filter = new PositionFilter(orEmpty(text.get()), orEmpty(nodeType.get()), orEmpty(state.get()),
                OptionalInt.empty(), staleOnly.get());
        return lowAtpOnly.get() ? filter.withAtpAtMost(lowAtpThreshold.get()) : filter;
    }

    public void clearText() {
        text.set("");
    }

    /** Text filter set to the SKU, every other part cleared, as one change. */
    void showOnly(String sku) {
        quiet = true;
        try {
            text.set(sku);
            nodeType.set("");
            state.set("");
            lowAtpOnly.set(false);
            staleOnly.set(false);
        } finally {
            quiet = false;
        }
    }

    /** The states the catalog's nodes are in, sorted, after "" for any. */
    void updateStates(NetworkCatalog catalog) {
        TreeSet<String> found = new TreeSet<>();
        for (NodeInfo node : catalog.nodes()) {
            if (!node.state().isEmpty()) {
                found.add(node.state());
            }
        }
        List<String> choices = new ArrayList<>(found.size() + 1);
        choices.add("");
        choices.addAll(found);
        if (!choices.equals(states)) {
            states.setAll(choices);
        }
    }

    private void tell() {
        if (!quiet) {
            changed.run();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> nodeTypes() {
        List<String> types = new ArrayList<>();
        types.add("");
        for (NodeType type : NodeType.values()) {
            types.add(type.name());
        }
        return List.copyOf(types);
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty nodeTypeProperty() {
        return nodeType;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public BooleanProperty lowAtpOnlyProperty() {
        return lowAtpOnly;
    }

    public IntegerProperty lowAtpThresholdProperty() {
        return lowAtpThreshold;
    }

    public BooleanProperty staleOnlyProperty() {
        return staleOnly;
    }

    public ObservableList<String> states() {
        return statesView;
    }
}
