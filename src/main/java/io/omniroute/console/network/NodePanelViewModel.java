package io.omniroute.console.network;

import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.model.PositionTable;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The panel of the chosen node: its details at once, its top SKUs from a background pass over the positions. The
 * Network ViewModel opens, refreshes and closes it.
 */
public final class NodePanelViewModel {

    static final int TOP_SKUS = 10;

    private final PositionTable positions;
    private final Supplier<NetworkCatalog> catalog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<Duration> staleAfter;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<NodeDetails> details = new ReadOnlyObjectWrapper<>(NodeDetails.none());
    private final ObservableList<SkuUnits> topSkus = FXCollections.observableArrayList();
    private final ObservableList<SkuUnits> topSkusView = FXCollections.unmodifiableObservableList(topSkus);
    /** Counts shown nodes, so the top SKUs of a node the user already left never land in the panel. */
    private long shown;

    NodePanelViewModel(NetworkSources sources, TaskExecutor executor) {
        this.positions = sources.positions();
        this.catalog = sources.catalog();
        this.clock = sources.clock();
        this.staleAfter = sources.staleAfter();
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The node's SKUs with the most units on hand, most first. */
    public ObservableList<SkuUnits> topSkus() {
        return topSkusView;
    }

    /** Shows the node, or shows it again with fresh figures; the top SKUs follow from the background. */
    void show(NetworkNode node) {
        boolean sameNode = showing.get() && details.get().id().equals(node.id());
        details.set(NodeDetails.of(node, clock.instant(), staleAfter.get()));
        showing.set(true);
        if (!sameNode) {
            topSkus.clear();
        }
        long ticket = ++shown;
        String nodeId = node.id();
        executor.execute(BackgroundTask.of("top SKUs of " + nodeId, () -> top(nodeId))
                .onSuccess(top -> {
                    if (ticket == shown) {
                        topSkus.setAll(top);
                    }
                }));
    }

    void close() {
        shown++;
        showing.set(false);
        details.set(NodeDetails.none());
        topSkus.clear();
    }

    private List<SkuUnits> top(String nodeId) {
        NetworkCatalog names = catalog.get();
        return NodeStockSummary.topByOnHand(positions, nodeId, TOP_SKUS, names::skuName);
    }
}
