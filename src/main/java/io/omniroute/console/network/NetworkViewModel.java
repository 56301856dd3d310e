package io.omniroute.console.network;

import io.omniroute.cache.CacheChanges;
import io.omniroute.cache.EntityTable;
import io.omniroute.console.model.DataListener;
import io.omniroute.console.model.NetworkCatalog;
import io.omniroute.console.task.BackgroundTask;
import io.omniroute.console.task.TaskExecutor;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Network screen's state: the nodes with their figures, the filters shared by the list and the map, the chosen
 * node, the map's viewport, and the node panel. Data changes arrive on a background thread and are folded into at
 * most one recomputation a second, which keeps the selection and the viewport.
 */
public final class NetworkViewModel implements DataListener {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkViewModel.class);
    private static final double ZOOM_STEP = 1.5;
    private static final double PAN_STEP = 0.1;

    private final NetworkSources sources;
    private final TaskExecutor executor;
    private final AlbersUsaProjection projection = AlbersUsaProjection.create();
    private final RefreshThrottle throttle;
    private final NodePanelViewModel panel;

    private final NetworkFilters filters = new NetworkFilters(this::applyFilters);
    private final ObjectProperty<MarkerSize> markerSize = new SimpleObjectProperty<>(MarkerSize.UNITS_ON_HAND);
    private final ObjectProperty<MapViewport> viewport;

    private final ObservableList<NetworkNode> visibleNodes = FXCollections.observableArrayList();
    private final ObservableList<NetworkNode> visibleNodesView = FXCollections.unmodifiableObservableList(visibleNodes);
    private final ObservableList<String> availableStates = FXCollections.observableArrayList();
    private final ObservableList<String> availableStatesView = FXCollections.unmodifiableObservableList(
            availableStates);
    private final ReadOnlyObjectWrapper<List<MapMarker>> markers = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ProjectedMap> map;
    private final ReadOnlyObjectWrapper<NetworkNode> selectedNode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Loading the network…");

    private NetworkSnapshot snapshot = NetworkSnapshot.EMPTY;
    private String pendingReveal;
    private boolean lastRefreshFailed;

    public NetworkViewModel(NetworkSources sources, TaskExecutor executor) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.throttle = new RefreshThrottle(sources.minRefreshGap(), System::nanoTime);
        this.panel = new NodePanelViewModel(sources, executor);
        this.map = new ReadOnlyObjectWrapper<>(ProjectedMap.empty(projection));
        this.viewport = new SimpleObjectProperty<>(MapViewport.home(projection.bounds()));
        markerSize.addListener((o, was, is) -> placeMarkers());
    }

    /** Reads the state outlines and the first figures, both in the background. */
    public void start() {
        executor.execute(BackgroundTask.of("projecting the state outlines",
                        () -> ProjectedMap.of(sources.outlines().get(), projection))
                .onSuccess(map::set)
                .onFailure(failure -> LOG.error("cannot draw the state outlines", failure)));
        refresh();
    }

    /** Recomputes the figures soon (coalesced with other requests). Call on the UI thread. */
    public void refresh() {
        if (throttle.request()) {
            startRefresh();
        }
    }

    @Override
    public void catalogChanged(NetworkCatalog catalog) {
        executor.onUi(this::refresh);
    }

    @Override
    public void positionsChanged(int[] rows) {
        executor.onUi(this::refresh);
    }

    /** Orders move today's shipments; nodes and positions come through the other two callbacks. */
    @Override
    public void cacheChanged(CacheChanges changes) {
        if (changes.touches(EntityTable.ORDER)) {
            executor.onUi(this::refresh);
        }
    }

    private void startRefresh() {
        Duration delay = throttle.delayBeforeStart();
        executor.execute(BackgroundTask.of("summing the network's stock", () -> {
                    // Waiting here, off the UI thread, keeps refreshes a gap apart without a timer. An interrupt
                    // ends the task before it reads the cache: H2 must not see an interrupted thread.
                    Thread.sleep(delay.toMillis());
                    return NetworkSnapshot.compute(sources, projection);
                })
                .onSuccess(this::show)
                .onFailure(this::refreshFailed)
                .onFinished(() -> {
                    // After a failure (most often the cache closing under the app) the next change notice
                    // retries, not this loop: it would only fail again, maybe on an executor already closed.
                    if (throttle.finished(!lastRefreshFailed)) {
                        startRefresh();
                    }
                }));
    }

    private void refreshFailed(Throwable failure) {
        lastRefreshFailed = true;
        LOG.warn("cannot refresh the network's figures", failure);
    }

    private void show(NetworkSnapshot fresh) {
        lastRefreshFailed = false;
        snapshot = fresh;
        // Positions that moved while they were summed (a first load fills the table without telling anyone) call
        // for another pass; the throttle spaces it out.
        if (sources.positions().version() != fresh.positionsVersion()) {
            refresh();
        }
        if (!availableStates.equals(fresh.states())) {
            availableStates.setAll(fresh.states());
        }
        applyFilters();
        if (pendingReveal != null && fresh.nodes().containsKey(pendingReveal)) {
            String id = pendingReveal;
            pendingReveal = null;
            reveal(id);
        }
    }

    private void applyFilters() {
        NetworkFilter filter = filters.current();
        visibleNodes.setAll(snapshot.nodes().values().stream().filter(filter::test).toList());
        placeMarkers();
        summary.set(Formats.count(visibleNodes.size()) + " of " + Formats.count(snapshot.nodes().size()) + " nodes");
        NetworkNode selected = selectedNode.get();
        if (selected != null) {
            NetworkNode current = snapshot.nodes().get(selected.id());
            if (current == null || !filter.test(current)) {
                clearSelection();
            } else if (current != selected) {
                selectedNode.set(current);
                panel.show(current);
            }
        }
    }

    private void placeMarkers() {
        MarkerSize size = markerSize.get();
        long mostUnits = snapshot.mostUnits();
        markers.set(visibleNodes.stream()
                .filter(node -> node.mapPoint().isPresent())
                .map(node -> new MapMarker(node.id(), node.kind(), node.mapPoint().get().x(),
                        node.mapPoint().get().y(), size.radius(node, mostUnits)))
                // big first, so small markers are drawn on top and stay clickable
                .sorted(Comparator.comparingDouble(MapMarker::radius).reversed())
                .toList());
    }

    /** Chooses the node (from the list or the map) and opens its panel; an id not shown clears the choice. */
    public void select(String nodeId) {
        NetworkNode node = nodeId == null ? null : snapshot.nodes().get(nodeId);
        if (node == null || !filters.current().test(node)) {
            clearSelection();
            return;
        }
        if (node != selectedNode.get()) {
            selectedNode.set(node);
            panel.show(node);
        }
    }

    /** Jumps to a node from elsewhere: widens the filters if they hide it, selects it, and brings it into view. */
    public void reveal(String nodeId) {
        NetworkNode node = snapshot.nodes().get(nodeId);
        if (node == null) {
            pendingReveal = nodeId;
            return;
        }
        filters.widenFor(node);
        select(nodeId);
        node.mapPoint().filter(point -> viewport.get().zoom() > MapViewport.MIN_ZOOM)
                .ifPresent(point -> viewport.set(viewport.get().centeredOn(point)));
    }

    public void clearSelection() {
        selectedNode.set(null);
        panel.close();
    }

    public void zoomIn() {
        viewport.set(viewport.get().zoomedBy(ZOOM_STEP));
    }

    public void zoomOut() {
        viewport.set(viewport.get().zoomedBy(1 / ZOOM_STEP));
    }

    public void resetView() {
        viewport.set(viewport.get().reset());
    }

    /** Pans by a tenth of the view per step: (1, 0) looks east, (0, 1) south. */
    public void pan(int stepsX, int stepsY) {
        viewport.set(viewport.get().pannedByShare(stepsX * PAN_STEP, stepsY * PAN_STEP));
    }

    /** The hover text of a node's marker; "" for an unknown id. */
    public String tooltipFor(String nodeId) {
        NetworkNode node = snapshot.nodes().get(nodeId);
        return node == null ? "" : NodeTooltip.text(node);
    }

    public NetworkFilters filters() {
        return filters;
    }

    public ObjectProperty<MarkerSize> markerSizeProperty() {
        return markerSize;
    }

    /** Written by the map's gestures and by the zoom commands. */
    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    /** The nodes that pass the filters, in catalog order. */
    public ObservableList<NetworkNode> visibleNodes() {
        return visibleNodesView;
    }

    /** The states that hold at least one node, by postal code. */
    public ObservableList<String> availableStates() {
        return availableStatesView;
    }

    /** The visible nodes' markers, biggest first (the drawing order). */
    public ReadOnlyObjectProperty<List<MapMarker>> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectedMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NetworkNode> selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    /** "12 of 300 nodes". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public NodePanelViewModel panel() {
        return panel;
    }
}
