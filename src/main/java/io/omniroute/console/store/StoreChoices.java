package io.omniroute.console.store;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.console.shell.ConsolePreferences;
import io.omniroute.console.shell.ConsoleUser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which store the queue shows. A store manager's is fixed by their login; a planner or admin picks one of the
 * pickup-capable nodes, and the console remembers the last one.
 */
final class StoreChoices {

    static final String LAST_STORE_KEY = "store.nodeId";

    private final ConsoleUser user;
    private final ConsolePreferences preferences;
    private final ObservableList<StoreChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<StoreChoice> chosen = new SimpleObjectProperty<>(this, "chosen");

    StoreChoices(ConsoleUser user, ConsolePreferences preferences) {
        this.user = Objects.requireNonNull(user, "user");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        chosen.addListener((observable, before, now) -> {
            if (isFixed()) {
                // a store manager works their own store only, whatever a control tries to set
                if (now == null || !now.nodeId().equals(user.storeNodeId().orElse(""))) {
                    chosen.set(before);
                }
            } else if (now != null) {
                preferences.put(LAST_STORE_KEY, now.nodeId());
            }
        });
    }

    /** The store manager's store cannot be changed, so the picker is not offered. */
    boolean isFixed() {
        return user.isStoreManager();
    }

    ObservableList<StoreChoice> choices() {
        return choices;
    }

    ObjectProperty<StoreChoice> chosen() {
        return chosen;
    }

    /** The chosen store's node id; "" when none is chosen. */
    String chosenId() {
        StoreChoice choice = chosen.get();
        return choice == null ? "" : choice.nodeId();
    }

    /** A line on the store and its queue, or what to do when there is no store to show. */
    String summary(int toPrepare, int waiting) {
        if (chosenId().isEmpty()) {
            return isFixed() ? "Your login is bound to no store: ask an admin to set your store."
                    : "Choose a store to see its pickups.";
        }
        return chosen.get() + " \u00b7 " + toPrepare + " to prepare \u00b7 " + waiting + " waiting for their customer";
    }

    /** Lists the catalog's pickup stores and keeps (or, the first time, restores) the choice. */
    void update(NetworkCatalog catalog) {
        if (isFixed()) {
            String own = user.storeNodeId().orElse("");
            StoreChoice mine = new StoreChoice(own, catalog.node(own).map(NodeInfo::name).orElse(""));
            choices.setAll(own.isEmpty() ? List.of() : List.of(mine));
            if (!own.isEmpty() && !mine.equals(chosen.get())) {
                chosen.set(mine);
            }
            return;
        }
        List<StoreChoice> stores = catalog.nodes().stream().filter(node -> node.row().pickup())
                .map(node -> new StoreChoice(node.id(), node.name())).toList();
        if (!stores.equals(choices)) {
            choices.setAll(stores);
        }
        String wanted = chosen.get() != null ? chosen.get().nodeId() : preferences.get(LAST_STORE_KEY, "");
        Optional<StoreChoice> match = stores.stream().filter(store -> store.nodeId().equals(wanted)).findFirst();
        if (match.isPresent() && !match.get().equals(chosen.get())) {
            chosen.set(match.get());
        }
    }
}
