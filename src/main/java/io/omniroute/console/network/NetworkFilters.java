package io.omniroute.console.network;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The filters the user sets, shared by the node list and the map: the kinds ticked, the states chosen (none = all)
 * and the text typed. Any change is reported to the owner, which filters again.
 */
public final class NetworkFilters {

    private final Map<NodeKind, BooleanProperty> kindShown = new EnumMap<>(NodeKind.class);
    private final ObjectProperty<Set<String>> statesShown = new SimpleObjectProperty<>(Set.of());
    private final StringProperty searchText = new SimpleStringProperty("");

    NetworkFilters(Runnable changed) {
        for (NodeKind kind : NodeKind.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(true);
            shown.addListener((o, was, is) -> changed.run());
            kindShown.put(kind, shown);
        }
        statesShown.addListener((o, was, is) -> changed.run());
        searchText.addListener((o, was, is) -> changed.run());
    }

    public BooleanProperty kindShownProperty(NodeKind kind) {
        return kindShown.get(kind);
    }

    /** The states ticked, by postal code; empty shows every state. */
    public ObjectProperty<Set<String>> statesShownProperty() {
        return statesShown;
    }

    /** Text the id, name or city must contain. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    NetworkFilter current() {
        Set<NodeKind> kinds = kindShown.entrySet().stream().filter(entry -> entry.getValue().get())
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        return new NetworkFilter(kinds, statesShown.get(), searchText.get() == null ? "" : searchText.get());
    }

    /** Loosens just the filters that hide the node, so a jump to it always lands. */
    void widenFor(NetworkNode node) {
        kindShown.get(node.kind()).set(true);
        if (!statesShown.get().isEmpty() && !statesShown.get().contains(node.state())) {
            statesShown.set(Set.of());
        }
        if (!new NetworkFilter(Set.of(node.kind()), Set.of(), searchText.get()).test(node)) {
            searchText.set("");
        }
    }
}
