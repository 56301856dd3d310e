package io.omniroute.console.shell;

import io.omniroute.cache.SkuRow;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.NodeInfo;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The global search (Ctrl+K): an order by id, a node or a SKU by id or name. Nodes and SKUs are searched in memory,
 * orders in the cache; only the answer to the latest text is shown, however fast the user types.
 */
public final class SearchViewModel {

    /** Hits per kind: the list is for jumping, not browsing. */
    static final int LIMIT = 8;

    private final TaskExecutor executor;
    private final Supplier<NetworkCatalog> catalog;
    private final Function<String, List<String>> orderIds;
    private final Navigator navigator;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private long generation;

    /**
     * @param orderIds the cached order ids starting with a text (at most {@link #LIMIT}), read in the background
     */
    public SearchViewModel(TaskExecutor executor, Supplier<NetworkCatalog> catalog,
            Function<String, List<String>> orderIds, Navigator navigator) {
        this.executor = executor;
        this.catalog = catalog;
        this.orderIds = orderIds;
        this.navigator = navigator;
        query.addListener((observable, before, text) -> search(text));
    }

    private void search(String text) {
        long asked = ++generation;
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            hits.clear();
            message.set("");
            return;
        }
        NetworkCatalog snapshot = catalog.get();
        executor.execute(BackgroundTask.of("searching", () -> find(wanted, snapshot)).onSuccess(found -> {
            if (asked == generation) {
                hits.setAll(found);
                message.set(found.isEmpty() ? "nothing matches '" + wanted + "'" : "");
            }
        }).onFailure(error -> {
            if (asked == generation) {
                message.set("search failed: " + error.getMessage());
            }
        }));
    }

    private List<SearchHit> find(String text, NetworkCatalog snapshot) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<SearchHit> found = new ArrayList<>();
        for (String orderId : orderIds.apply(text)) {
            found.add(new SearchHit(SearchHit.Kind.ORDER, orderId, "Order " + orderId, new Target.Order(orderId)));
        }
        int nodes = 0;
        for (NodeInfo node : snapshot.nodes()) {
            if (nodes < LIMIT && matches(needle, node.id(), node.name())) {
                found.add(new SearchHit(SearchHit.Kind.NODE, node.id(), node.id() + "  " + node.name() + " ("
                        + node.type() + ", " + node.location() + ")", new Target.Node(node.id())));
                nodes++;
            }
        }
        int skus = 0;
        for (SkuRow sku : snapshot.skus()) {
            if (skus < LIMIT && matches(needle, sku.sku(), sku.name())) {
                found.add(new SearchHit(SearchHit.Kind.SKU, sku.sku(), sku.sku() + "  " + sku.name(),
                        new Target.Sku(sku.sku())));
                skus++;
            }
        }
        found.sort(exactFirst(needle));
        return found;
    }

    /** An id typed in full goes to the top, so Enter jumps to it. */
    private static Comparator<SearchHit> exactFirst(String needle) {
        return Comparator.comparing(hit -> !hit.id().toLowerCase(Locale.ROOT).equals(needle));
    }

    private static boolean matches(String needle, String id, String name) {
        return id.toLowerCase(Locale.ROOT).contains(needle) || name.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Jumps to the hit and clears the search. */
    public void open(SearchHit hit) {
        navigator.reveal(hit.target());
        query.set("");
    }

    /** Jumps to the first hit, if there is one (Enter in the search box). */
    public boolean openFirst() {
        if (hits.isEmpty()) {
            return false;
        }
        open(hits.get(0));
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }
}
